#include "PartnersPanel.h"

#include "AppStrings.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "TableCopier.h"
#include "models/PartnerModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PartnersPanel::PartnersPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PartnerModel(session, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("partnersPanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("partnersHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(PartnerModel::SortRole);
    m_table = new QTableView(this);
    TableCopier::install(m_table);
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_table->setAccessibleName(tr("Partners ranked by what pooling adds"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartnerModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_buildBloc = new QPushButton(tr("&Build a Bloc with This Partner…"), this);
    m_buildBloc->setObjectName(QStringLiteral("buildBlocButton"));
    m_buildBloc->setEnabled(false);
    connect(m_buildBloc, &QPushButton::clicked, this, [this] {
        Q_EMIT blocRequested({m_model->code(), selectedPartner()});
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        Q_EMIT blocRequested({m_model->code(), selectedPartner()});
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_buildBloc->setEnabled(!selectedPartner().isEmpty()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnersPanel::updateHeading);
    m_refresh = new RefreshWhenShown(this, [this] { m_model->setCode(m_code); });
    connect(&m_session, &Session::scoresChanged, m_refresh, &RefreshWhenShown::request);

    auto* note =
        new QLabel(tr("Each pair is pooled as a bloc of two, every indicator by its pooling rule. "
                      "Blocs that already include the profile are left out."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_buildBloc);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateHeading();
}

void PartnersPanel::setCode(const QString& code)
{
    m_code = code;
    m_refresh->request();
}

QString PartnersPanel::selectedPartner() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.front().data(PartnerModel::CodeRole).toString();
}

void PartnersPanel::updateHeading()
{
    const aisov::PartnerRanking& ranking = m_model->ranking();
    if (m_model->code().isEmpty()) {
        m_heading->setText(tr("Select a profile to see with whom pooling would help it most."));
        return;
    }
    m_heading->setText(tr("Partners for %1: alone %2 (%3), %4 of %5 requirements met.")
                           .arg(m_session.displayName(ranking.name, ranking.code),
                                app::formatScore(ranking.score),
                                app::displayBand(m_session.methodology(), ranking.band))
                           .arg(ranking.met)
                           .arg(m_session.methodology().pillars.size()));
    m_buildBloc->setEnabled(!selectedPartner().isEmpty());
}
