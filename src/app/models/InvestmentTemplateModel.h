#pragma once

// The bundled investment templates ranked for one profile
// (aisov::rankTemplates, through the Session): one row per template, best
// gain first, with what it changes and what it leaves out because the
// profile has no value to add to.

#include "aisov/InvestmentTemplate.h"
#include "aisov/Methodology.h"

#include <QAbstractTableModel>

class InvestmentTemplateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TemplateIdRole = Qt::UserRole + 2;
    enum Column
    {
        RankColumn,
        NameColumn,
        GainColumn,
        ScoreColumn,
        ChangesColumn,
        SkippedColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit InvestmentTemplateModel(QObject* parent = nullptr);

    // `gains` ranks some of `templates` (matched by id), named from `methodology`.
    void setTemplates(std::vector<aisov::TemplateGain> gains,
                      std::vector<aisov::InvestmentTemplate> templates,
                      aisov::Methodology methodology);
    void clear();
    const std::vector<aisov::TemplateGain>& gains() const { return m_gains; }
    // The template on `row`; null outside.
    const aisov::InvestmentTemplate* investment(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString indicatorNames(const std::vector<std::string>& ids) const;
    QString changedIndicators(int row) const;
    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;

    std::vector<aisov::TemplateGain> m_gains;
    std::vector<aisov::InvestmentTemplate> m_templates;
    aisov::Methodology m_methodology;
};
