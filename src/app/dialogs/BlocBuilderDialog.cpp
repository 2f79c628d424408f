#include "BlocBuilderDialog.h"

#include "AppStrings.h"
#include "Session.h"
#include "models/BlocPreviewModel.h"
#include "models/MemberChoiceModel.h"
#include "widgets/TableCopier.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kEuropeanUnionCode = QStringLiteral("EU27");

QWidget* memberColumn(QWidget* parent, QLineEdit* filter, QListView* list, QPushButton* fromEu,
                      QPushButton* clear)
{
    auto* column = new QWidget(parent);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(BlocBuilderDialog::tr("Members"), column));
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(fromEu);
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    return column;
}

} // namespace

BlocBuilderDialog::BlocBuilderDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_members(new MemberChoiceModel(session, this))
    , m_preview(new BlocPreviewModel(session, this))
{
    setObjectName(QStringLiteral("blocBuilder"));
    setWindowTitle(tr("Build a Bloc"));
    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("memberFilter"));
    filter->setPlaceholderText(tr("Find a country"));
    filter->setAccessibleName(tr("Find a country"));
    filter->setClearButtonEnabled(true);
    auto* filtered = new QSortFilterProxyModel(this);
    filtered->setSourceModel(m_members);
    filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    m_memberList = new QListView(this);
    m_memberList->setObjectName(QStringLiteral("memberList"));
    m_memberList->setAccessibleName(tr("Members of the bloc"));
    m_memberList->setModel(filtered);
    m_fromEu = new QPushButton(tr("Start from the &EU-27"), this);
    m_fromEu->setObjectName(QStringLiteral("startFromEuButton"));
    m_fromEu->setEnabled(session.profile(kEuropeanUnionCode) != nullptr);
    auto* clear = new QPushButton(tr("C&lear"), this);
    connect(m_fromEu, &QPushButton::clicked, this, &BlocBuilderDialog::startFromEuropeanUnion);
    connect(clear, &QPushButton::clicked, this, [this] { setMembers({}); });

    m_previewTable = new QTableView(this);
    TableCopier::install(m_previewTable);
    m_previewTable->setObjectName(QStringLiteral("blocPreview"));
    m_previewTable->setAccessibleName(tr("The bloc beside its members"));
    m_previewTable->setModel(m_preview);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("blocSummary"));
    m_summary->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("blocProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewTable, 1);
    rightLayout->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(memberColumn(this, filter, m_memberList, m_fromEu, clear));
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("blocCode"));
    m_code->setPlaceholderText(tr("e.g. NORDIC"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("blocName"));
    m_name->setPlaceholderText(tr("e.g. Nordic compute alliance"));
    auto* form = new QFormLayout;
    form->addRow(tr("Bloc &code:"), m_code);
    form->addRow(tr("Bloc &name:"), m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save as Profile"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveBlocButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveBloc())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_members, &MemberChoiceModel::checkedChanged, this, &BlocBuilderDialog::updatePreview);
    resize(980, 560);
    updatePreview();
}

void BlocBuilderDialog::setMembers(const QStringList& codes)
{
    m_members->setCheckedCodes(codes);
}

QStringList BlocBuilderDialog::members() const
{
    return m_members->checkedCodes();
}

QString BlocBuilderDialog::blocCode() const
{
    return m_code->text().trimmed();
}

void BlocBuilderDialog::startFromEuropeanUnion()
{
    const aisov::Profile* europe = m_session.profile(kEuropeanUnionCode);
    if (europe == nullptr)
        return;
    QStringList codes;
    for (const auto& member : europe->members)
        codes.append(app::toQString(member));
    setMembers(codes);
}

void BlocBuilderDialog::updatePreview()
{
    m_preview->setMembers(m_members->checkedCodes());
    m_summary->setText(gainSummary());
    m_problem->setText(m_preview->problem());
    m_save->setEnabled(m_preview->preview().has_value());
}

QString BlocBuilderDialog::gainSummary() const
{
    if (!m_preview->preview())
        return {};
    const aisov::BlocComparison& comparison = m_preview->preview()->comparison;
    const aisov::ScoreResult& result = m_preview->preview()->result;
    const QLocale locale;
    QString text = tr("Pooled, the bloc scores %1 (%2), meeting %3 of %4 requirements.")
                       .arg(app::formatScore(result.score),
                            app::displayBand(m_session.methodology(), result.band))
                       .arg(result.met)
                       .arg(m_session.methodology().pillars.size());
    if (comparison.gainOverBestMember)
        text += QLatin1Char(' ') + tr("That is %1 points over its best member, %2.")
                                       .arg(locale.toString(*comparison.gainOverBestMember, 'f', 1),
                                            app::toQString(comparison.bestMemberCode));
    if (comparison.gainOverMean)
        text += QLatin1Char(' ') +
                tr("For the average citizen (members weighted by population): %1 points.")
                    .arg(locale.toString(*comparison.gainOverMean, 'f', 1));
    return text;
}

bool BlocBuilderDialog::saveBloc()
{
    aisov::Profile bloc;
    bloc.code = app::toStdString(m_code->text().trimmed());
    bloc.name = app::toStdString(m_name->text().trimmed());
    bloc.kind = aisov::ProfileKind::Bloc;
    for (const QString& member : m_members->checkedCodes())
        bloc.members.push_back(app::toStdString(member));
    if (bloc.code.empty()) {
        m_problem->setText(tr("Give the bloc a code."));
        return false;
    }
    if (bloc.name.empty())
        bloc.name = bloc.code;
    try {
        m_session.createProfile(bloc);
    } catch (const std::exception& error) {
        m_problem->setText(tr("The bloc was not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}
