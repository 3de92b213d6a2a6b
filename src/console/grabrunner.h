#pragma once

#include "consoleoptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace parasol {

class ConsoleSession;
class ConsoleSettings;
class MainWindow;

// `parasol --grab FILE.png`: logs in, waits for the cache to be current, opens the
// customer (and the order with its timeline and e-bill), renders the main window to a PNG and ends with an exit
// code; any failure ends it with a one-line reason on stderr.
class GrabRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 180'000;
    // The window's size in logical pixels: the smallest screen the console supports.
    static constexpr int kWidth = 1366;
    static constexpr int kHeight = 768;

    GrabRunner(const ConsoleOptions &options, ConsoleSession &session, ConsoleSettings &settings,
               QObject *parent = nullptr);
    ~GrabRunner() override;

    // Starts; the application exits when it is done.
    void start();

private:
    void onReady();
    // Opens the customer `query` finds (in the replica by now) and renders the window.
    void showAndRender(const QString &query);
    void render();
    void showFirstEbill();
    void fail(const QString &reason);

    ConsoleOptions m_options;
    ConsoleSession &m_session;
    ConsoleSettings &m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace parasol
