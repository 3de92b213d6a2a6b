#include "grabrunner.h"

#include "consolesession.h"
#include "customerpanel.h"
#include "mainwindow.h"
#include "timelinewidget.h"

#include "cache/replicastore.h"
#include "core/phonenumbers.h"

#include <QApplication>
#include <QJsonArray>
#include <QPixmap>

#include <cstdio>

namespace parasol {

GrabRunner::GrabRunner(const ConsoleOptions &options, ConsoleSession &session, ConsoleSettings &settings,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(session)
    , m_settings(settings)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("timed out waiting for the central service")); });
}

GrabRunner::~GrabRunner() = default;

void GrabRunner::start()
{
    auto password = ConsoleOptions::readPasswordFile(m_options.passwordFile);
    if (!password) {
        fail(password.error().message);
        return;
    }
    connect(&m_session, &ConsoleSession::loginFailed, this,
            [this](const Error &error) { fail(tr("login failed: %1").arg(error.message)); });
    connect(&m_session, &ConsoleSession::syncFailed, this,
            [this](const Error &error) { fail(tr("sync failed: %1").arg(error.message)); });
    connect(&m_session, &ConsoleSession::onlineChanged, this, [this](bool online) {
        if (!online)
            fail(tr("the central service cannot be reached"));
    });
    // Grab what central has now, not an older replica: wait for this run's pull.
    connect(&m_session, &ConsoleSession::synced, this, &GrabRunner::onReady);
    m_timeout.start();
    m_session.login(m_options.central, m_options.user, *password);
}

void GrabRunner::onReady()
{
    if (m_done || m_window)
        return;
    m_window = std::make_unique<MainWindow>(m_session, m_settings);
    m_window->resize(kWidth, kHeight);
    m_window->show();

    // The customer by phone, or else the owner of the order.
    const QString query = m_options.customerPhone.isEmpty() ? m_options.orderNo : m_options.customerPhone;
    if (query.isEmpty()) {
        showAndRender(query);
        return;
    }
    auto cached = m_session.replica().searchCustomers(PhoneNumbers::normalise(query).value_or(query), 1);
    if (cached && !cached->isEmpty()) {
        showAndRender(query);
        return;
    }
    // Not in this console's working set yet: bring the customer in from central first.
    m_session.findAtCentral(query, [this, query](Result<QJsonArray> found) {
        if (!found || found->isEmpty()) {
            fail(tr("no customer found for %1").arg(query));
            return;
        }
        m_session.fetchCustomer(found->first().toObject().value(QLatin1String("id")).toString(), [this, query](Status fetched) {
            if (!fetched)
                fail(tr("no customer found for %1").arg(query) + QStringLiteral(": ") + fetched.error().message);
            else
                showAndRender(query);
        });
    });
}

void GrabRunner::showAndRender(const QString &query)
{
    if (!query.isEmpty()) {
        m_window->search(query);
        if (!m_window->customerPanel()->hasCustomer()) {
            const QString phone = PhoneNumbers::normalise(query).value_or(query);
            auto found = m_session.replica().searchCustomers(phone, 1);
            if (!found || found->isEmpty() || !m_window->openCustomer(found->constFirst().customer.id)) {
                fail(tr("no customer found for %1").arg(query));
                return;
            }
        }
        if (!m_options.orderNo.isEmpty()) {
            if (!m_window->customerPanel()->selectOrder(m_options.orderNo)
                || !m_window->showOrderTimeline(m_options.orderNo)) {
                fail(tr("the customer has no order %1").arg(m_options.orderNo));
                return;
            }
            showFirstEbill();
        }
    }
    // Let layouts and style sheets settle before rendering.
    QTimer::singleShot(200, this, &GrabRunner::render);
}

void GrabRunner::render()
{
    QApplication::processEvents();
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(m_options.grabFile, "PNG")) {
        fail(tr("cannot write %1").arg(m_options.grabFile));
        return;
    }
    m_done = true;
    QCoreApplication::exit(0);
}

// A grab of an order shows its e-bill when it has one: the timeline selects that node.
void GrabRunner::showFirstEbill()
{
    TimelineWidget *timeline = m_window->timelineWidget();
    for (int i = 0; i < timeline->model().count(); ++i) {
        if (!timeline->model().ebill(i).isEmpty()) {
            timeline->setSelectedIndex(i);
            return;
        }
    }
}

void GrabRunner::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "parasol: %s\n", qUtf8Printable(reason));
    QCoreApplication::exit(1);
}

} // namespace parasol
