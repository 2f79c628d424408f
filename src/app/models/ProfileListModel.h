#pragma once

// The profiles of the open database, one row each: code, name, kind, score
// and band (with a colour chip of the band). Follows the Session's signals.

#include <QAbstractTableModel>
#include <QColor>

class Session;

class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        ScoreColumn,
        BandColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // the profile code, in every column
        KindRole,                    // "country" or "bloc"
        SortRole,                    // numbers for the score column
        EnglishNameRole              // the stored name, whatever the language shown
    };

    explicit ProfileListModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Row of the profile with `code`, or -1.
    int rowOf(const QString& code) const;

private:
    void resetFromSession();
    void refreshScores();
    QColor bandColor(double score) const;

    Session& m_session;
};
