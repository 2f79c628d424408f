#include "ProfileListPanel.h"

#include "Session.h"
#include "TableCopier.h"
#include "models/ProfileFilterModel.h"
#include "models/ProfileListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ProfileListPanel::ProfileListPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProfileListModel(session, this))
    , m_filter(new ProfileFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setPlaceholderText(tr("Search name or code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search profiles"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("All"), static_cast<int>(ProfileFilterModel::KindFilter::All));
    m_kind->addItem(tr("Countries"), static_cast<int>(ProfileFilterModel::KindFilter::Countries));
    m_kind->addItem(tr("Blocs"), static_cast<int>(ProfileFilterModel::KindFilter::Blocs));

    m_view = new QTableView(this);
    TableCopier::install(m_view);
    m_view->setObjectName(QStringLiteral("profileList"));
    m_view->setAccessibleName(tr("Profiles"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProfileListModel::ScoreColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setColumnHidden(ProfileListModel::KindColumn, true);
    m_view->setColumnHidden(ProfileListModel::BandColumn, true);
    // Fixed widths from the font, not ResizeToContents: that measures every
    // row again after each rescoring, which costs more than the rescoring.
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ProfileListModel::CodeColumn,
                          metrics.horizontalAdvance(QStringLiteral("EU27-MM")) + 16);
    header->resizeSection(ProfileListModel::ScoreColumn,
                          metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 40);
    header->setSectionResizeMode(ProfileListModel::NameColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ProfileFilterModel::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setKindFilter(
            static_cast<ProfileFilterModel::KindFilter>(m_kind->itemData(index).toInt()));
    });
    connectSelection();
    // A reset (profiles added, removed or renamed) clears the selection:
    // keep what was selected, as long as it still exists.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_codesBeforeReset = selectedCodes();
        const QString current = currentCode();
        m_codesBeforeReset.removeAll(current);
        if (!current.isEmpty())
            m_codesBeforeReset.prepend(current);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectCodes(m_codesBeforeReset);
        Q_EMIT currentCodeChanged(currentCode());
        Q_EMIT selectionChanged(selectedCodes());
    });
}

void ProfileListPanel::connectSelection()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCodeChanged(currentCode()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedCodes()); });
}

QString ProfileListPanel::currentCode() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ProfileListModel::CodeRole).toString() : QString();
}

QStringList ProfileListPanel::selectedCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (m_view->selectionModel()->isRowSelected(row, {}))
            codes.append(index.data(ProfileListModel::CodeRole).toString());
    }
    return codes;
}

void ProfileListPanel::selectCode(const QString& code)
{
    selectCodes({code});
}

void ProfileListPanel::selectCodes(const QStringList& codes)
{
    QItemSelection selection;
    QModelIndex first;
    for (const auto& code : codes) {
        const int sourceRow = m_model->rowOf(code);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    auto* selectionModel = m_view->selectionModel();
    selectionModel->select(selection,
                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

void ProfileListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}
