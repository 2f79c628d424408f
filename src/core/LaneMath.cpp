#include "LaneMath.h"

#include "aisov/Scoring.h"

namespace aisov {

// One lane of the vector functions, so that scoreProfile and the Monte
// Carlo draws take the logarithm and exponential of the geometric
// aggregation with the same bits.
double aggregationLog(double x)
{
    return detail::logLanes(detail::broadcast(x))[0];
}

double aggregationExp(double x)
{
    return detail::expLanes(detail::broadcast(x))[0];
}

} // namespace aisov
