#pragma once

// The bloc builder ("collaborative sovereignty"): check the members (or
// start from the EU-27), see each member's score beside the pooled bloc's
// and what pooling gains on each pillar, and save the bloc as a profile
// (one undo step, through the Session).

#include <QDialog>
#include <QStringList>

class BlocPreviewModel;
class MemberChoiceModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class Session;

class BlocBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    BlocBuilderDialog(Session& session, QWidget* parent);

    void setMembers(const QStringList& codes);
    QStringList members() const;
    QString blocCode() const;
    // Checks the members of the stored EU-27 bloc (the profile EU27).
    void startFromEuropeanUnion();
    // Saves the bloc under the code and name typed; false (and the reason
    // shown in place) when the Session refuses it.
    bool saveBloc();

    MemberChoiceModel* memberModel() const { return m_members; }
    BlocPreviewModel* previewModel() const { return m_preview; }

private:
    void updatePreview();
    QString gainSummary() const;

    Session& m_session;
    MemberChoiceModel* m_members = nullptr;
    BlocPreviewModel* m_preview = nullptr;
    QListView* m_memberList = nullptr;
    QTableView* m_previewTable = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_fromEu = nullptr;
    QPushButton* m_save = nullptr;
};
