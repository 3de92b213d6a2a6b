#pragma once

#include <QObject>

class QSocketNotifier;

namespace parasol {

// Turns SIGTERM and SIGINT into a Qt signal, delivered by the event loop (a signal
// handler may do almost nothing safely: it writes one byte to a pipe).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace parasol
