#pragma once

// What the edited methodology moves: one row per profile with its score,
// rank and band under the saved methodology and under the draft (computed
// by the core, aisov::compareStandings, through the Session). By default
// only the profiles whose rank or band moved, best rank first.

#include <QAbstractTableModel>

#include <vector>

class Session;

class StandingChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProfileColumn,
        ScoreBeforeColumn,
        ScoreAfterColumn,
        RankBeforeColumn,
        RankAfterColumn,
        BandBeforeColumn,
        BandAfterColumn,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit StandingChangeModel(Session& session, QObject* parent = nullptr);

    // Show only the profiles whose rank or band moved (the default), or all.
    void setOnlyMoved(bool onlyMoved);
    bool onlyMoved() const { return m_onlyMoved; }
    // Profiles whose rank moved, and whose band did, among all.
    int rankMoves() const;
    int bandMoves() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The rows to show, as indices into Session::standingChanges().
    std::vector<std::size_t> rowsShown() const;
    // New scores: the rows reordered in place when as many are shown.
    void refresh();
    // Everything anew (another database, the filter switched).
    void reset();

    Session& m_session;
    bool m_onlyMoved = true;
    // Indices into Session::standingChanges() of the rows shown, in order.
    std::vector<std::size_t> m_rows;
};
