#pragma once

// The essay's six requirements for one profile: each pillar, its score, the
// threshold it must reach, met or not, and how much of it has data.

#include <QAbstractTableModel>

class Session;

class RequirementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PillarColumn,
        ScoreColumn,
        MetColumn,
        CoverageColumn,
        ColumnCount
    };

    explicit RequirementsModel(Session& session, QObject* parent = nullptr);

    void setProfileCode(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QString requirementText(std::size_t pillarIndex) const;

    Session& m_session;
    QString m_code;
};
