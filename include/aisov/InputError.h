#pragma once

#include "aisov/InputProblem.h"

#include <stdexcept>
#include <string>

namespace aisov {

// Bad input: names the file, the place in it (a JSON path such as
// "$.indicators[3].goalposts" or a CSV "line 14") and what is wrong, as a
// Problem (a code and its arguments). what() and reason() are the English
// text (englishText); the GUI says the problem in the user's language
// (src/app/ProblemText.h). The CLI maps it to exit code 3, the GUI to an
// error dialog.
class InputError : public std::runtime_error
{
public:
    InputError(std::string file, std::string where, Problem problem);

    const std::string& file() const { return m_file; }
    const std::string& where() const { return m_where; }
    const Problem& problem() const { return m_problem; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::string m_where;
    Problem m_problem;
    std::string m_reason;
};

} // namespace aisov

namespace aisov {

// A file that cannot be read or written (missing, permissions, disk full).
// Not the input's fault: the CLI maps it to exit code 1.
class FileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace aisov
