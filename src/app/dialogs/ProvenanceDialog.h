#pragma once

// Asked when a value is entered for an indicator that had none: every stored
// value carries its provenance, so the source and the year come first. Offers
// the sources and the year used last.

#include "aisov/Profile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ProvenanceDialog : public QDialog
{
    Q_OBJECT

public:
    ProvenanceDialog(const QString& indicatorName, const QString& valueText, QWidget* parent);

    // The value with the provenance entered (indicator and number set by the caller).
    aisov::IndicatorValue provenance() const;
    // Remembers the source and year for the next new value.
    void rememberChoices() const;

    void accept() override;

private:
    QComboBox* m_source = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_confidence = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
};
