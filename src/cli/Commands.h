#pragma once

// The sub-commands of aisov-cli. Each returns its exit code; errors are
// thrown (UsageError, aisov::InputError, aisov::FileError) and mapped to
// exit codes in one place, main.cpp. chart and brief are defined in the
// rendering module (RenderModule.cpp, CliRenderModule.h), which main.cpp
// reaches through cliRenderModule().

#include <ostream>
#include <string>
#include <vector>

int runScoreCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runValidateCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runDbCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runChartCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runLeversCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runPartnersCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runBriefCommand(const std::vector<std::string>& arguments, std::ostream& out);
int runExplainCommand(const std::vector<std::string>& arguments, std::ostream& out);
