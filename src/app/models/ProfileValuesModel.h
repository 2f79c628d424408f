#pragma once

// The values of one profile as a tree: the methodology's pillars, each with
// its indicators (value, unit, year, source, confidence, url, note). Edits go
// to the Session; a refused entry is not stored and its reason is signalled
// so the editor can show it in place. A pooled bloc shows its pooled values,
// read-only: they come from the members.

#include "MethodologyTreeModel.h"
#include <QString>

class Session;

namespace aisov {
struct IndicatorValue;
}

class ProfileValuesModel : public MethodologyTreeModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        UnitColumn,
        YearColumn,
        SourceColumn,
        ConfidenceColumn,
        UrlColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        IndicatorRole = Qt::UserRole + 1 // indicator id (empty on pillar rows)
    };

    explicit ProfileValuesModel(Session& session, QObject* parent = nullptr);

    void setProfileCode(const QString& code);
    QString profileCode() const { return m_code; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The index of an indicator's row in `column`.
    QModelIndex indicatorIndex(const QString& indicatorId, int column = ValueColumn) const;

Q_SIGNALS:
    // An entry was refused; nothing was stored.
    void entryRefused(const QModelIndex& index, const QString& reason);
    // A number was typed for an indicator without a value: its provenance
    // (source, year) must be asked for before it can be stored.
    void provenanceNeeded(const QString& indicatorId, double value);

private:
    const aisov::IndicatorValue* valueAt(const QModelIndex& index) const;
    bool isPooled() const;
    bool refuse(const QModelIndex& index, const QString& reason);
    bool writeField(const QModelIndex& index, aisov::IndicatorValue value, const QVariant& input);
    QVariant displayData(const QModelIndex& index) const;
    void profileChanged(const QString& code);
    void resetModel();

    Session& m_session;
    QString m_code;
};
