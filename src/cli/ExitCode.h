#pragma once

// Exit codes of aisov-cli (the contract: docs/cli.md, "Exit codes").
enum class ExitCode : int
{
    Success = 0,
    RuntimeFailure = 1, // I/O, database
    UsageError = 2,     // bad command line
    InvalidInput = 3,   // a file or its content is invalid
};
