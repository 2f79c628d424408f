#include "StandingChangeModel.h"

#include "AppStrings.h"
#include "NameWithCode.h"
#include "Session.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

StandingChangeModel::StandingChangeModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::scoresChanged, this, &StandingChangeModel::refresh);
    connect(&m_session, &Session::databaseOpened, this, &StandingChangeModel::reset);
    reset();
}

void StandingChangeModel::setOnlyMoved(bool onlyMoved)
{
    m_onlyMoved = onlyMoved;
    reset();
}

std::vector<std::size_t> StandingChangeModel::rowsShown() const
{
    const auto& changes = m_session.standingChanges();
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (!m_onlyMoved || changes[i].moved())
            rows.push_back(i);
    // Best rank under the draft first; unranked profiles last.
    const auto rankOf = [&](std::size_t i) {
        return changes[i].rankAfter.value_or(std::numeric_limits<int>::max());
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::size_t a, std::size_t b) { return rankOf(a) < rankOf(b); });
    return rows;
}

void StandingChangeModel::reset()
{
    beginResetModel();
    m_rows = rowsShown();
    endResetModel();
}

void StandingChangeModel::refresh()
{
    std::vector<std::size_t> rows = rowsShown();
    if (rows.size() != m_rows.size()) {
        reset();
        return;
    }
    // As many rows as before, as on most moves of a slider: the rows are
    // reordered in place, so that a selected profile stays selected, the view
    // keeps its scroll position and header, and only the cells are repainted.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before) {
        const std::size_t change = m_rows[static_cast<std::size_t>(index.row())];
        const auto found = std::find(rows.begin(), rows.end(), change);
        after.append(found == rows.end()
                         ? QModelIndex()
                         : createIndex(static_cast<int>(found - rows.begin()), index.column()));
    }
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StandingChangeModel::rankMoves() const
{
    const auto& changes = m_session.standingChanges();
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const auto& change) { return change.rankMoved(); }));
}

int StandingChangeModel::bandMoves() const
{
    const auto& changes = m_session.standingChanges();
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const auto& change) { return change.bandMoved(); }));
}

int StandingChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StandingChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString rankText(const std::optional<int>& rank)
{
    return rank ? QLocale().toString(*rank) : StandingChangeModel::tr("–");
}

} // namespace

QVariant StandingChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& changes = m_session.standingChanges();
    const std::size_t row = m_rows[static_cast<std::size_t>(index.row())];
    if (row >= changes.size())
        return {};
    const aisov::StandingChange& change = changes[row];
    const int column = index.column();
    switch (role) {
    case CodeRole:
        return app::toQString(change.code);
    case Qt::DisplayRole:
        switch (column) {
        case ProfileColumn:
            // "European Union (EU-27)" names its code already; "Japan" gets "(JPN)".
            return aisov::render::nameWithCode(m_session.displayName(change.name, change.code),
                                               app::toQString(change.code));
        case ScoreBeforeColumn:
            return app::formatScore(change.scoreBefore);
        case ScoreAfterColumn:
            return app::formatScore(change.scoreAfter);
        case RankBeforeColumn:
            return rankText(change.rankBefore);
        case RankAfterColumn:
            return rankText(change.rankAfter);
        case BandBeforeColumn:
            return change.bandBefore.empty() ? tr("–") : app::toQString(change.bandBefore);
        case BandAfterColumn:
            return change.bandAfter.empty() ? tr("–") : app::toQString(change.bandAfter);
        default:
            return {};
        }
    case Qt::FontRole:
        if ((column == RankAfterColumn && change.rankMoved()) ||
            (column == BandAfterColumn && change.bandMoved())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ProfileColumn || column == BandBeforeColumn || column == BandAfterColumn
                   ? QVariant()
                   : app::kNumberAlignment;
    default:
        return {};
    }
}

QVariant StandingChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case ScoreBeforeColumn:
        return tr("Score (saved)");
    case ScoreAfterColumn:
        return tr("Score (edited)");
    case RankBeforeColumn:
        return tr("Rank (saved)");
    case RankAfterColumn:
        return tr("Rank (edited)");
    case BandBeforeColumn:
        return tr("Band (saved)");
    case BandAfterColumn:
        return tr("Band (edited)");
    default:
        return {};
    }
}
