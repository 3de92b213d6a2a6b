#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>

// Resources of a static library must be registered by name, outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(parasol);
}

namespace parasol::Theme {

void apply(QApplication &app)
{
    registerResources();
    app.setStyle(QStringLiteral("Fusion"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/parasol.svg")));

    // Latin text in the default face; Chinese from Noto Sans CJK when it is installed.
    QFont font = app.font();
    const QStringList families = QFontDatabase::families();
    QStringList fallbacks { font.family() };
    for (const QString &cjk : { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"),
                                QStringLiteral("WenQuanYi Micro Hei") })
        if (families.contains(cjk))
            fallbacks.append(cjk);
    font.setFamilies(fallbacks);
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);

    QFile sheet(QStringLiteral(":/theme/parasol.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace parasol::Theme
