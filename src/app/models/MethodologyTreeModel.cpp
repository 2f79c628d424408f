#include "MethodologyTreeModel.h"

#include "AppStrings.h"

int MethodologyTreeModel::methodologyRows(const aisov::Methodology& methodology,
                                          const QModelIndex& parent)
{
    if (!parent.isValid())
        return static_cast<int>(methodology.pillars.size());
    if (!holdsItems(parent))
        return 0;
    const auto& pillar = methodology.pillars[static_cast<std::size_t>(parent.row())];
    return static_cast<int>(methodology.indicatorsOfPillar(pillar.id).size());
}

QModelIndex MethodologyTreeModel::indicatorIndexIn(const aisov::Methodology& methodology,
                                                   const QString& indicatorId, int column) const
{
    for (std::size_t p = 0; p < methodology.pillars.size(); ++p) {
        const auto indicators = methodology.indicatorsOfPillar(methodology.pillars[p].id);
        for (std::size_t i = 0; i < indicators.size(); ++i)
            if (app::toQString(methodology.indicators[indicators[i]].id) == indicatorId)
                return index(static_cast<int>(i), column, index(static_cast<int>(p), 0));
    }
    return {};
}
