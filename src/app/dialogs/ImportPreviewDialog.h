#pragma once

// Shows what an import will do (profiles and values new, changed and
// removed) before anything is written; Import confirms, Cancel changes
// nothing.

#include "aisov/ImportPlan.h"
#include "aisov/Methodology.h"

#include <QDialog>

class ImportPlanModel;
class QTreeView;

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString& path, const aisov::ImportPlan& plan,
                        const aisov::Methodology& methodology, QWidget* parent);

    ImportPlanModel* planModel() const { return m_model; }
    // One sentence: "3 profiles new, 2 changed; 41 values new, 5 changed, 2 removed".
    static QString summary(const aisov::ImportPlan& plan);

private:
    ImportPlanModel* m_model = nullptr;
};
