#include "PartnerModel.h"

#include "AppStrings.h"
#include "NameWithCode.h"
#include "Session.h"

#include <QLocale>

PartnerModel::PartnerModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // New scores reach the ranking through the Partners tab (PartnersPanel),
    // only while it is shown: the ranking is the costliest view to refresh.
    connect(&m_session, &Session::databaseOpened, this, [this] { setCode({}); });
}

void PartnerModel::setCode(const QString& code)
{
    m_code = m_session.profile(code) != nullptr ? code : QString();
    refresh();
}

void PartnerModel::refresh()
{
    beginResetModel();
    m_ranking = {};
    if (m_session.profile(m_code) == nullptr)
        m_code.clear();
    if (!m_code.isEmpty())
        m_ranking = m_session.partners(m_code);
    endResetModel();
}

int PartnerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ranking.partners.size());
}

int PartnerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartnerModel::newlyMet(const aisov::PartnerGain& partner) const
{
    QStringList names;
    for (const auto& id : partner.pillarsGained) {
        const aisov::Pillar* pillar = m_session.methodology().findPillar(id);
        names.append(pillar != nullptr ? app::displayName(*pillar) : app::toQString(id));
    }
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

QVariant PartnerModel::display(const aisov::PartnerGain& partner, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return row + 1;
    case PartnerColumn:
        return aisov::render::nameWithCode(m_session.displayName(partner.name, partner.code),
                                           app::toQString(partner.code));
    case AloneColumn:
        return app::formatScore(partner.partnerScore);
    case PooledColumn:
        return app::formatScore(partner.pairScore);
    case GainColumn:
        return partner.pairScore ? tr("%1%2 points")
                                       .arg(partner.gain >= 0 ? QStringLiteral("+") : QString())
                                       .arg(QLocale().toString(partner.gain, 'f', 1))
                                 : QStringLiteral("–");
    case BandColumn:
        return partner.pairScore ? app::toQString(partner.pairBand) : QStringLiteral("–");
    case MetColumn:
        return tr("%1 of %2").arg(partner.pairMet).arg(m_session.methodology().pillars.size());
    case NewlyMetColumn:
        return newlyMet(partner);
    default:
        return {};
    }
}

QVariant PartnerModel::sortKey(const aisov::PartnerGain& partner, int row, int column) const
{
    switch (column) {
    case RankColumn:
        return row;
    case AloneColumn:
        return partner.partnerScore.value_or(-1.0);
    case PooledColumn:
        return partner.pairScore.value_or(-1.0);
    case GainColumn:
        return partner.gain;
    case MetColumn:
        return partner.pairMet;
    case NewlyMetColumn:
        return static_cast<int>(partner.pillarsGained.size());
    default:
        return display(partner, row, column);
    }
}

QVariant PartnerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& partner = m_ranking.partners[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(partner, index.row(), index.column());
    case SortRole:
        return sortKey(partner, index.row(), index.column());
    case CodeRole:
        return app::toQString(partner.code);
    case Qt::ToolTipRole:
        return index.column() == NewlyMetColumn
                   ? tr("Requirements the pair meets that %1 alone does not")
                         .arg(m_session.displayName(m_ranking.name, m_ranking.code))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PartnerColumn || index.column() == BandColumn ||
                       index.column() == NewlyMetColumn
                   ? QVariant()
                   : app::kNumberAlignment;
    default:
        return {};
    }
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case PartnerColumn:
        return tr("Partner");
    case AloneColumn:
        return tr("Alone");
    case PooledColumn:
        return tr("Pooled");
    case GainColumn:
        return tr("Gain");
    case BandColumn:
        return tr("Band pooled");
    case MetColumn:
        return tr("Met pooled");
    case NewlyMetColumn:
        return tr("Newly met");
    default:
        return {};
    }
}
