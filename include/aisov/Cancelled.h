#pragma once

#include <stdexcept>

namespace aisov {

// Thrown by a long computation whose caller asked it to stop (a
// std::stop_token in its control, e.g. UncertaintyControl): the work was
// abandoned and nothing was returned. Not an error of the input or a file.
class Cancelled : public std::runtime_error
{
public:
    Cancelled()
        : std::runtime_error("cancelled")
    {}
};

} // namespace aisov
