#include "servicenode.h"

namespace parasol {

std::optional<NodeKind> parseNodeKind(QStringView name)
{
    if (name == u"engineer_assigned")
        return NodeKind::EngineerBooked;
    if (name == u"after_sales_requested")
        return NodeKind::Accepted;
    return nodeKindNames.parse(name);
}

} // namespace parasol
