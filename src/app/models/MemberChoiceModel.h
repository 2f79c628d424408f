#pragma once

// The countries a bloc can be built from, each with a check box: the bloc
// builder's member list. Blocs are not offered (a bloc of blocs would pool
// the same country twice).

#include <QAbstractListModel>
#include <QStringList>

class Session;

class MemberChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit MemberChoiceModel(Session& session, QObject* parent = nullptr);

    // In the order they were checked.
    QStringList checkedCodes() const { return m_checked; }
    // Checks exactly these (codes that are not countries are left out).
    void setCheckedCodes(const QStringList& codes);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    void reload();

    Session& m_session;
    QStringList m_codes; // the countries, as the session orders them
    QStringList m_checked;
};
