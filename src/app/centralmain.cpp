#include "central/centralprogram.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parasol-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARASOL_VERSION));
    return parasol::CentralProgram::run(QCoreApplication::arguments());
}
