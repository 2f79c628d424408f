#pragma once

// A bloc being built, next to its members: one row per member, then the
// pooled bloc, then what pooling gains over the best member; columns are
// the overall score and each pillar (Session::previewCoalition, which asks
// aisov::compareBloc).

#include "Session.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

class BlocPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        NameColumn,
        OverallColumn,
        FirstPillarColumn
    };

    explicit BlocPreviewModel(Session& session, QObject* parent = nullptr);

    // Previews a bloc of `members`; empty, or a refused set, shows nothing
    // and problem() says why.
    void setMembers(const QStringList& members);
    const std::optional<Session::CoalitionPreview>& preview() const { return m_preview; }
    QString problem() const { return m_problem; }
    int blocRow() const;
    int gainRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant memberCell(const aisov::BlocMemberScore& member, int column) const;
    QVariant blocCell(int column) const;
    QVariant gainCell(int column) const;

    Session& m_session;
    QStringList m_members;
    std::optional<Session::CoalitionPreview> m_preview;
    QString m_problem;
};
