#include "aisov/InputError.h"

namespace aisov {

namespace {
std::string describe(const std::string& file, const std::string& where, const std::string& reason)
{
    std::string text = file.empty() ? std::string("<input>") : file;
    if (!where.empty())
        text += ": " + where;
    return text + ": " + reason;
}
} // namespace

InputError::InputError(std::string file, std::string where, std::string reason)
    : std::runtime_error(describe(file, where, reason))
    , m_file(std::move(file))
    , m_where(std::move(where))
    , m_reason(std::move(reason))
{}

} // namespace aisov
