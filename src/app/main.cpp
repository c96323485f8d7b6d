// SPDX-License-Identifier: MIT
// optibench: the workbench. Thin: the window is composed in MainWindow.

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

#include "i18n/language.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "optibench/version.h"
#include "screenshot/screenshotdriver.h"
#include "settings/appsettings.h"
#include "widgets/uistyle.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("optibench"));
    QApplication::setApplicationDisplayName(QStringLiteral("OptiBench"));
    QApplication::setOrganizationName(QStringLiteral("OptiBench"));
    QApplication::setApplicationVersion(QStringLiteral(OPTIBENCH_VERSION));
    QApplication::setWindowIcon(ob::app::appIcon());
    ob::logging::init({false, ob::logging::defaultLogFile()});
    ob::logging::installQtMessageHandler();
    std::unique_ptr<ob::app::AppSettings> settings;

    // The options are described in the UI language, which the settings (or --lang) decide: parse once to find them,
    // install the language, then describe and process the options in it.
    const auto settingsOption = [] {
        return QCommandLineOption(QStringLiteral("settings"),
                                  QCoreApplication::translate("main", "Keep settings in this INI file."),
                                  QStringLiteral("file"));
    };
    const auto langOption = [] {
        return QCommandLineOption(
            QStringLiteral("lang"),
            QCoreApplication::translate("main", "Show the workbench in this language for this start (zh_CN or en)."),
            QStringLiteral("language"));
    };
    {
        QCommandLineParser early;
        early.addOptions({settingsOption(), langOption()});
        early.parse(QCoreApplication::arguments());
        settings = early.isSet(QStringLiteral("settings"))
            ? std::make_unique<ob::app::AppSettings>(early.value(QStringLiteral("settings")))
            : std::make_unique<ob::app::AppSettings>();
        const QString lang = early.value(QStringLiteral("lang"));
        if (!ob::i18n::setLanguage(lang.isEmpty() ? settings->startLanguage() : lang)) {
            std::fprintf(stderr, "optibench: --lang: \"%s\" is not a language; allowed: %s\n", qPrintable(lang),
                         qPrintable(ob::i18n::availableLanguages().join(QStringLiteral(", "))));
            return 2;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Inference optimization workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("session"),
                                 QCoreApplication::translate("main", "A saved session (.json) to open."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Run the screenshot sequence, save PNGs to this directory and quit."),
        QStringLiteral("dir"));
    const QCommandLineOption failureOption(
        QStringLiteral("failure-session"),
        QCoreApplication::translate("main", "Screenshot mode: the session shown for the failure shot."),
        QStringLiteral("file"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"),
        QCoreApplication::translate("main", "Use a dark palette (to check the dark mode where the system has none)."));
    parser.addOptions({settingsOption(), langOption(), screenshotsOption, failureOption, darkOption});
    parser.process(app);

    if (parser.isSet(darkOption))
        ob::app::applyDarkPalette();
    ob::app::MainWindow window(std::move(settings));
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openSessionFile(parser.positionalArguments().front(), &error))
            std::fprintf(stderr, "optibench: %s\n", qPrintable(error));
    }
    std::unique_ptr<ob::app::ScreenshotDriver> driver;
    if (parser.isSet(screenshotsOption)) {
        window.resize(1600, 1000);
        driver = std::make_unique<ob::app::ScreenshotDriver>(&window, parser.value(screenshotsOption),
                                                              parser.value(failureOption));
        driver->start();
    } else {
        // After the window is up: unfinished runs (a crash, kill -9) are offered for restore.
        QTimer::singleShot(0, &window, [&window] { window.offerJournalRestore(); });
    }
    return QApplication::exec();
}
