#pragma once

// The list of profiles: search by name or code, filter by kind, sort by any
// column. The current row is the profile being edited; a selection of 2 to 8
// rows is what the comparison shows.

#include <QStringList>
#include <QWidget>

class ProfileFilterModel;
class ProfileListModel;
class QComboBox;
class QLineEdit;
class QTableView;
class Session;

class ProfileListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileListPanel(Session& session, QWidget* parent = nullptr);

    QString currentCode() const;
    QStringList selectedCodes() const; // in the order shown
    void selectCode(const QString& code);
    void selectCodes(const QStringList& codes);
    void focusSearch();

    QTableView* view() const { return m_view; }
    ProfileListModel* listModel() const { return m_model; }
    ProfileFilterModel* filterModel() const { return m_filter; }

Q_SIGNALS:
    void currentCodeChanged(const QString& code);
    void selectionChanged(const QStringList& codes);

private:
    void connectSelection();

    Session& m_session;
    ProfileListModel* m_model = nullptr;
    ProfileFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_view = nullptr;
    QStringList m_codesBeforeReset; // current first
};
