#pragma once

// What kind of file the application was asked to open (a path given on the
// command line, as a file manager does on a double click), told by its
// content rather than its name, as docs/file-formats.md allows any name.

#include <QString>

enum class FileKind
{
    Database,    // an SQLite file: opened as the database
    Methodology, // an "aisov.methodology/1" JSON file: imported as the draft methodology
    Profiles,    // anything else: read as profiles (JSON or CSV) and previewed for import
};

// Reads at most the first 64 KiB of `path`. A file that cannot be read is
// Profiles, so that the import reports why it cannot be read.
FileKind fileKindOf(const QString& path);
