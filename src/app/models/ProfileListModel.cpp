#include "ProfileListModel.h"

#include "AppStrings.h"
#include "Session.h"

#include "ChartTheme.h"

#include <QPalette>

ProfileListModel::ProfileListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::databaseOpened, this, &ProfileListModel::resetFromSession);
    connect(&m_session, &Session::profileListChanged, this, &ProfileListModel::resetFromSession);
    connect(&m_session, &Session::scoresChanged, this, &ProfileListModel::refreshScores);
}

void ProfileListModel::resetFromSession()
{
    beginResetModel();
    endResetModel();
}

void ProfileListModel::refreshScores()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ScoreColumn), index(rowCount() - 1, BandColumn));
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    // The session keeps profiles and results in step; a model reset follows
    // every change of the list, so the count is always the session's.
    return parent.isValid() ? 0 : static_cast<int>(m_session.profiles().size());
}

int ProfileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProfileListModel::rowOf(const QString& code) const
{
    const auto& profiles = m_session.profiles();
    for (std::size_t i = 0; i < profiles.size(); ++i)
        if (app::toQString(profiles[i].code) == code)
            return static_cast<int>(i);
    return -1;
}

QColor ProfileListModel::bandColor(double score) const
{
    const auto& bands = m_session.methodology().bands;
    std::size_t band = 0;
    for (std::size_t i = 0; i < bands.size(); ++i)
        if (score >= bands[i].from)
            band = i;
    return aisov::render::ChartTheme::light().bandColor(band, bands.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const aisov::Profile& profile = m_session.profiles()[row];
    const aisov::ScoreResult* result =
        row < m_session.results().size() ? &m_session.results()[row] : nullptr;
    const std::optional<double> score = result ? result->score : std::nullopt;
    const bool bloc = profile.kind == aisov::ProfileKind::Bloc;

    switch (role) {
    case CodeRole:
        return app::toQString(profile.code);
    case KindRole:
        return QString::fromLatin1(aisov::toString(profile.kind));
    case EnglishNameRole:
        return app::toQString(profile.name);
    case SortRole:
        if (index.column() == ScoreColumn)
            return score ? QVariant(*score) : QVariant(-1.0);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return app::toQString(profile.code);
        case NameColumn:
            return app::displayName(profile);
        case KindColumn:
            return bloc ? tr("Bloc") : tr("Country");
        case ScoreColumn:
            return app::formatScore(score);
        case BandColumn:
            return result ? app::displayBand(m_session.methodology(), result->band) : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ScoreColumn && score)
            return bandColor(*score);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return app::kNumberAlignment;
        return {};
    case Qt::ToolTipRole:
        if (result && score)
            return tr("%1: %2, %3; requirements met: %4 of %5")
                .arg(app::displayName(profile), app::formatScore(score),
                     app::displayBand(m_session.methodology(), result->band))
                .arg(result->met)
                .arg(m_session.methodology().pillars.size());
        return tr("%1: no data to score").arg(app::displayName(profile));
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ScoreColumn:
        return tr("Score");
    case BandColumn:
        return tr("Band");
    }
    return {};
}
