#pragma once

// Fonts and painting need a QGuiApplication. The commands that render
// (chart, brief) start one on the offscreen platform, so that they run
// without a display, unless QT_QPA_PLATFORM says otherwise. --lang starts
// it first (CliLanguage.h), as translators need an application; a second
// call then returns null and the first application stays.

#include <QGuiApplication>

#include <memory>

std::unique_ptr<QGuiApplication> startOffscreenApplication();
