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

InputError::InputError(std::string file, std::string where, Problem problem)
    : std::runtime_error(describe(file, where, englishText(problem)))
    , m_file(std::move(file))
    , m_where(std::move(where))
    , m_problem(std::move(problem))
    , m_reason(englishText(m_problem))
{}

} // namespace aisov
