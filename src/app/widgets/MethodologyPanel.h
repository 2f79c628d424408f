#pragma once

// The methodology, in the open: its pillars and indicators with their
// weights, thresholds, directions, transforms and goalposts (a tree with
// editors), a slider per pillar weight, the aggregation and missing-data
// rules, and what the edits move (ranks and bands, saved against edited).
// Edits are a draft held by the Session and scored live; "Save as
// Version…" stores it. The stored versions can be switched, the bundled
// default restored, methodology files imported and exported.

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class MethodologyModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;
class QTreeView;
class Session;
class StandingChangeModel;

class MethodologyPanel : public QWidget
{
    Q_OBJECT

public:
    // Slider positions per unit of weight: weights move in steps of 0.01.
    static constexpr int kSliderScale = 100;
    static constexpr double kMaxSliderWeight = 5.0;

    explicit MethodologyPanel(Session& session, QWidget* parent = nullptr);

    // Each reports a failure in a dialog and changes nothing then.
    void importMethodology(const QString& path);
    void exportMethodology(const QString& path);
    void resetToDefault();
    // Opens the dialog that asks for id, version and label, and saves.
    void saveAsVersion();
    // Makes the stored methodology `id` `version` active, asking first when
    // the draft has unsaved edits. Returns whether it was made active.
    bool useStored(const QString& id, const QString& version);

    MethodologyModel* methodologyModel() const { return m_model; }
    StandingChangeModel* changeModel() const { return m_changes; }
    QTreeView* treeView() const { return m_tree; }
    QComboBox* storedChoice() const { return m_stored; }
    QSlider* weightSlider(const QString& pillarId) const;
    // The reason the last edit was refused (empty when the last one was applied).
    QString refusal() const;

private:
    void buildSliders();
    void refresh();
    void refreshStoredList();
    void refreshRules();
    void refreshSliders();
    void refreshSummary();
    void sizeChangeColumns();
    void showRefusal(const QString& reason);
    void clearRefusal();
    // Runs a draft edit; a refused one shows its reason in place.
    template <typename Edit>
    void runEdit(Edit edit);
    void chooseImportFile();
    void chooseExportFile();
    void storedChosen(int index);
    QComboBox* ruleChoice(const QString& name, const QString& accessibleName);

    Session& m_session;
    MethodologyModel* m_model = nullptr;
    StandingChangeModel* m_changes = nullptr;
    QComboBox* m_stored = nullptr;
    QStringList m_listed; // what m_stored lists
    // The database and saved methodology that m_stored was listed for.
    QStringList m_storedListKey;
    QLabel* m_state = nullptr;
    QLabel* m_refusal = nullptr;
    QPushButton* m_save = nullptr;
    QTreeView* m_tree = nullptr;
    QComboBox* m_within = nullptr;
    QComboBox* m_across = nullptr;
    QComboBox* m_missing = nullptr;
    QGridLayout* m_sliderGrid = nullptr;
    struct PillarSlider
    {
        QString pillar;
        QSlider* slider = nullptr;
        QLabel* value = nullptr;
    };
    std::vector<PillarSlider> m_sliders;
    std::vector<QWidget*> m_sliderWidgets;
    QLabel* m_summary = nullptr;
    QCheckBox* m_onlyMoved = nullptr;
    QTableView* m_changeTable = nullptr;
};
