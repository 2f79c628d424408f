#pragma once

// Exit codes of aisov-cli (DESIGN.md section 5, contract).
enum class ExitCode : int
{
    Success = 0,
    RuntimeFailure = 1, // I/O, database
    UsageError = 2,     // bad command line
    InvalidInput = 3,   // a file or its content is invalid
};
