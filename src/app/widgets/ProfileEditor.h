#pragma once

// Edits one profile: its name (in English and the other languages),
// population, GDP and (for a bloc) members,
// and its values grouped by the methodology's pillars. A refused entry shows
// its reason above the values; a new value asks for its provenance.

#include "aisov/Translation.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class ProfileValuesModel;
class Session;

class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(Session& session, QWidget* parent = nullptr);

    void setProfileCode(const QString& code);
    QString profileCode() const;

    ProfileValuesModel* valuesModel() const { return m_values; }
    QTreeView* valuesView() const { return m_valuesView; }
    // The reason the last entry was refused (empty when the last one was stored).
    QString refusal() const;

private:
    void refreshHeader();
    void showRefusal(const QString& reason);
    void askProvenance(const QString& indicatorId, double value);
    void commitName();
    void commitTranslatedName(aisov::Language language, QLineEdit* edit);
    void commitNumber(QLineEdit* edit, bool population);
    void commitMembers();
    void removeCurrentValue();
    // Runs an edit; a refused one shows its reason and restores the header.
    template <typename Edit>
    void runEdit(Edit edit);

    Session& m_session;
    ProfileValuesModel* m_values = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_name = nullptr;
    // One per language other than English; empty shows the English name.
    std::vector<std::pair<aisov::Language, QLineEdit*>> m_translatedNames;
    QLineEdit* m_population = nullptr;
    QLineEdit* m_gdp = nullptr;
    QLineEdit* m_members = nullptr;
    QLabel* m_membersLabel = nullptr;
    QLabel* m_refusal = nullptr;
    QTreeView* m_valuesView = nullptr;
    QPushButton* m_removeValue = nullptr;
};
