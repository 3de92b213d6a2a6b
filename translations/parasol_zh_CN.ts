<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ConsoleOptions</name>
        <message>
            <source>Parasol, the after-sales service console.</source>
            <translation>Parasol 售后服务工作台。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>显示本帮助。</translation>
        </message>
        <message>
            <source>The central service&apos;s address.</source>
            <translation>中心服务的地址。</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Log in as this user.</source>
            <translation>以此用户登录。</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Read the password from the first line of this file.</source>
            <translation>从此文件的第一行读取密码。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>The seat to answer: general or elder.</source>
            <translation>接听的坐席：general（普通）或 elder（敬老）。</translation>
        </message>
        <message>
            <source>SEAT</source>
            <translation>坐席</translation>
        </message>
        <message>
            <source>Where the local cache lives.</source>
            <translation>本地缓存所在的目录。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>The language: zh_CN, zh_TW or en.</source>
            <translation>界面语言：zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Render the main window to this PNG file and exit.</source>
            <translation>把主窗口保存为此 PNG 文件后退出。</translation>
        </message>
        <message>
            <source>With --grab: open the customer with this phone.</source>
            <translation>与 --grab 一起：打开此手机号的客户。</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>With --grab: select this order.</source>
            <translation>与 --grab 一起：选中此订单。</translation>
        </message>
        <message>
            <source>ORDER_NO</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>With --grab: the scale factor of the screen.</source>
            <translation>与 --grab 一起：屏幕缩放倍数。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>倍数</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>多余的参数：%1</translation>
        </message>
        <message>
            <source>Not an http(s) address: %1</source>
            <translation>不是 http(s) 地址：%1</translation>
        </message>
        <message>
            <source>Unknown seat: %1</source>
            <translation>未知的坐席：%1</translation>
        </message>
        <message>
            <source>Unknown language: %1</source>
            <translation>未知的语言：%1</translation>
        </message>
        <message>
            <source>The scale must be a number from 0.5 to 4.</source>
            <translation>缩放倍数必须是 0.5 到 4 之间的数字。</translation>
        </message>
        <message>
            <source>--grab needs --central, --user and --password-file.</source>
            <translation>--grab 需要 --central、--user 和 --password-file。</translation>
        </message>
        <message>
            <source>--customer, --order and --scale go with --grab.</source>
            <translation>--customer、--order 和 --scale 只能与 --grab 一起使用。</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2</source>
            <translation>无法读取密码文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>Search for a customer by phone, order number or name.</source>
            <translation>按手机号、订单号或姓名查找客户。</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>敬老服务</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>手机：</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>年龄：</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>性别：</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <source>Member level:</source>
            <translation>会员等级：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>身份证号：</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Filter orders by number, item, brand or service node</source>
            <translation>按订单号、商品、品牌或服务节点筛选订单</translation>
        </message>
        <message>
            <source>&amp;Claim price protection</source>
            <translation>申请价保(&amp;C)</translation>
        </message>
        <message>
            <source>Claim price protection for the selected line (Ctrl+Shift+P)</source>
            <translation>为选中的商品行申请价保（Ctrl+Shift+P）</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>添加备注(&amp;N)…</translation>
        </message>
        <message>
            <source>Write a note about this customer (Ctrl+Shift+N)</source>
            <translation>为该客户写一条备注（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>价保</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>商品行</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show the full name (written to the audit log)</source>
            <translation>显示完整姓名（记入审计日志）</translation>
        </message>
        <message>
            <source>Show the full phone number (written to the audit log)</source>
            <translation>显示完整电话号码（记入审计日志）</translation>
        </message>
        <message>
            <source>Show the full address (written to the audit log)</source>
            <translation>显示完整地址（记入审计日志）</translation>
        </message>
        <message>
            <source>Show the full ID number (written to the audit log)</source>
            <translation>显示完整身份证号（记入审计日志）</translation>
        </message>
        <message>
            <source>Open &amp;ticket…</source>
            <translation>开工单(&amp;T)…</translation>
        </message>
        <message>
            <source>Open a return, exchange, repair or installation ticket for the selected line (Ctrl+Shift+T)</source>
            <translation>为所选商品开退货、换货、维修或安装工单 (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Open co&amp;mplaint…</source>
            <translation>登记投诉(&amp;M)…</translation>
        </message>
        <message>
            <source>Record a complaint by this customer (Ctrl+Shift+C)</source>
            <translation>登记该客户的投诉 (Ctrl+Shift+C)</translation>
        </message>
    </context>
    <context>
        <name>DisplayNames</name>
        <message>
            <source>Air conditioner</source>
            <translation>空调</translation>
        </message>
        <message>
            <source>Fridge</source>
            <translation>冰箱</translation>
        </message>
        <message>
            <source>Washing machine</source>
            <translation>洗衣机</translation>
        </message>
        <message>
            <source>TV</source>
            <translation>电视</translation>
        </message>
        <message>
            <source>Water heater</source>
            <translation>热水器</translation>
        </message>
        <message>
            <source>Range hood</source>
            <translation>油烟机</translation>
        </message>
        <message>
            <source>Gas hob</source>
            <translation>燃气灶</translation>
        </message>
        <message>
            <source>Dishwasher</source>
            <translation>洗碗机</translation>
        </message>
        <message>
            <source>Small kitchen appliance</source>
            <translation>厨房小家电</translation>
        </message>
        <message>
            <source>Small home appliance</source>
            <translation>生活小家电</translation>
        </message>
        <message>
            <source>Personal care</source>
            <translation>个护健康</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>已下单</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <source>Installation booked</source>
            <translation>已预约安装</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <source>After-sales accepted</source>
            <translation>售后已受理</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已审核</translation>
        </message>
        <message>
            <source>Dispatched to the brand</source>
            <translation>已派单至品牌</translation>
        </message>
        <message>
            <source>Engineer booked</source>
            <translation>已预约师傅</translation>
        </message>
        <message>
            <source>Engineer on site</source>
            <translation>师傅已上门</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>已取件</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>已回访</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退货</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Mini program</source>
            <translation>小程序</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Regular member</source>
            <translation>普通会员</translation>
        </message>
        <message>
            <source>Silver member</source>
            <translation>银牌会员</translation>
        </message>
        <message>
            <source>Gold member</source>
            <translation>金牌会员</translation>
        </message>
        <message>
            <source>PLUS member</source>
            <translation>PLUS 会员</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>来电</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Price protection claim</source>
            <translation>价保申请</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>新服务单</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <source>Product inquiry</source>
            <translation>产品咨询</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>配送</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>价保</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>发票</translation>
        </message>
        <message>
            <source>Service card</source>
            <translation>服务卡</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>False advertising</source>
            <translation>虚假宣传</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Counterfeit</source>
            <translation>假冒</translation>
        </message>
        <message>
            <source>Personal dignity</source>
            <translation>人格尊严</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>计量</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已分派</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已回访确认</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>已重新打开</translation>
        </message>
        <message>
            <source>Gifts are not price protected</source>
            <translation>赠品不参与价保</translation>
        </message>
        <message>
            <source>Outside the protection window</source>
            <translation>已超过价保期</translation>
        </message>
        <message>
            <source>Nothing left to compensate</source>
            <translation>已无可补差的数量</translation>
        </message>
        <message>
            <source>The price has not dropped</source>
            <translation>价格未下降</translation>
        </message>
        <message>
            <source>The lower price does not count (excluded promotion)</source>
            <translation>该低价不计入价保（不参与的促销）</translation>
        </message>
        <message>
            <source>Already compensated</source>
            <translation>已补过差价</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>已查看个人信息</translation>
        </message>
        <message>
            <source>No-reason return</source>
            <translation>无理由退货</translation>
        </message>
        <message>
            <source>Replacement, not repair</source>
            <translation>只换不修</translation>
        </message>
        <message>
            <source>Return, exchange or repair</source>
            <translation>退货、换货或维修</translation>
        </message>
        <message>
            <source>Exchange or repair</source>
            <translation>换货或维修</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>免费维修</translation>
        </message>
        <message>
            <source>Free exchange</source>
            <translation>免费换货</translation>
        </message>
        <message>
            <source>for a quality problem</source>
            <translation>（质量问题）</translation>
        </message>
        <message>
            <source>for a performance fault</source>
            <translation>（性能故障）</translation>
        </message>
        <message>
            <source>for a fault within warranty</source>
            <translation>（保修期内故障）</translation>
        </message>
        <message>
            <source>after failed or long repairs</source>
            <translation>（多次修不好或维修超期）</translation>
        </message>
        <message>
            <source>if the price drops</source>
            <translation>（降价时）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Parasol</source>
            <translation>登录 Parasol</translation>
        </message>
        <message>
            <source>After-sales service console</source>
            <translation>售后服务工作台</translation>
        </message>
        <message>
            <source>Central &amp;service:</source>
            <translation>中心服务(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登录(&amp;L)</translation>
        </message>
        <message>
            <source>P&amp;revious password:</source>
            <translation>原密码(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parasol service console</source>
            <translation>Parasol 服务工作台</translation>
        </message>
        <message>
            <source>Phone, order number or name</source>
            <translation>手机号、订单号或姓名</translation>
        </message>
        <message>
            <source>&amp;Console</source>
            <translation>工作台(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>设置(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Price-protection scan…</source>
            <translation>价保扫描(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>The console switches language at once; it is remembered for the next start.</source>
            <translation>工作台立即切换语言，下次启动时沿用。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>&amp;Keep customers not looked at for:</source>
            <translation>未查看的客户保留(&amp;K)：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>on time</source>
            <translation>按时</translation>
        </message>
        <message>
            <source>near the deadline</source>
            <translation>临近时限</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1（时限 %2）</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>时限 %1</translation>
        </message>
        <message>
            <source>not scheduled yet</source>
            <translation>尚未排期</translation>
        </message>
        <message>
            <source>real name</source>
            <translation>实名</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>health</source>
            <translation>健康</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>%1 ✓ %2</source>
            <translation>%1 ✓ %2</translation>
        </message>
        <message>
            <source>%1 ✗ missing</source>
            <translation>%1 ✗ 缺失</translation>
        </message>
        <message>
            <source>Engineer %1: %2, %3, %4, %5</source>
            <translation>工程师 %1：%2，%3，%4，%5</translation>
        </message>
        <message>
            <source>⚠ not verified: %1</source>
            <translation>⚠ 未认证：%1</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3, %4, %5.</source>
            <translation>第 %1 步，共 %2 步：%3，%4，%5。</translation>
        </message>
        <message>
            <source>This is where the order stands now.</source>
            <translation>订单当前处于此节点。</translation>
        </message>
        <message>
            <source>Has an e-bill.</source>
            <translation>附有电子账单。</translation>
        </message>
        <message>
            <source>By %1.</source>
            <translation>由%1处理。</translation>
        </message>
        <message>
            <source>Engineer %1.</source>
            <translation>工程师%1。</translation>
        </message>
        <message>
            <source>Not verified: %1.</source>
            <translation>未认证：%1。</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Verified: %1.</source>
            <translation>已认证：%1。</translation>
        </message>
    </context>
    <context>
        <name>parasol::CentralClient</name>
        <message>
            <source>The central service cannot be reached (%1).</source>
            <translation>无法连接中心服务（%1）。</translation>
        </message>
        <message>
            <source>The central service sent an answer that is not JSON.</source>
            <translation>中心服务的应答不是 JSON。</translation>
        </message>
        <message>
            <source>The central service answered %1.</source>
            <translation>中心服务返回了 %1。</translation>
        </message>
    </context>
    <context>
        <name>parasol::ComplaintDialog</name>
        <message>
            <source>Open complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>No particular order</source>
            <translation>不涉及具体订单</translation>
        </message>
        <message>
            <source>What the customer complains about, in their words</source>
            <translation>用客户的原话记录投诉内容</translation>
        </message>
        <message>
            <source>&amp;Open complaint</source>
            <translation>登记投诉(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>订单(&amp;O)：</translation>
        </message>
        <message>
            <source>Com&amp;plaint:</source>
            <translation>投诉内容(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>parasol::ConsoleSession</name>
        <message>
            <source>Cannot create the cache folder %1.</source>
            <translation>无法创建缓存目录 %1。</translation>
        </message>
        <message>
            <source>Not logged in.</source>
            <translation>尚未登录。</translation>
        </message>
        <message>
            <source>Your password has changed since this computer&apos;s cache was locked. Enter the previous password as well to keep the cache and the changes not yet sent.</source>
            <translation>自本机缓存上锁以来，您的密码已更改。请同时输入原密码，以保留缓存和尚未发送的更改。</translation>
        </message>
        <message>
            <source>The previous password does not open this computer&apos;s cache either.</source>
            <translation>原密码也无法打开本机缓存。</translation>
        </message>
    </context>
    <context>
        <name>parasol::CustomerPanel</name>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n 岁</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Orders (%1)</source>
            <translation>订单（%1）</translation>
        </message>
        <message>
            <source>Tickets (%1)</source>
            <translation>服务单（%1）</translation>
        </message>
        <message>
            <source>(this console)</source>
            <translation>（本机）</translation>
        </message>
        <message>
            <source>%1 — refused</source>
            <translation>%1 — 被拒绝</translation>
        </message>
        <message>
            <source>Refused by central: %1</source>
            <translation>中心拒绝：%1</translation>
        </message>
        <message>
            <source>%1 — waiting to sync</source>
            <translation>%1 — 等待同步</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>联系记录（%1）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已赔付</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>未赔付</translation>
        </message>
        <message>
            <source>Price protection (%1)</source>
            <translation>价保（%1）</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>投诉（%1）</translation>
        </message>
        <message>
            <source>Show the full %1</source>
            <translation>显示完整%1</translation>
        </message>
        <message>
            <source>another customer</source>
            <translation>另一位客户</translation>
        </message>
        <message>
            <source>Gift recipient: service card %1 for order %2, bought by %3</source>
            <translation>礼品受赠人：服务卡 %1，对应订单 %2，购买人 %3</translation>
        </message>
        <message>
            <source>%1 (order %2)</source>
            <translation>%1（订单 %2）</translation>
        </message>
    </context>
    <context>
        <name>parasol::EbillPanel</name>
        <message>
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <source>Total %1 — ▲ %2 above the standard prices</source>
            <translation>合计 %1 — ▲ 高于标准价 %2</translation>
        </message>
        <message>
            <source>E-bill</source>
            <translation>电子账单</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Standard price</source>
            <translation>标准价</translation>
        </message>
        <message>
            <source>Above standard</source>
            <translation>超出标准</translation>
        </message>
        <message>
            <source>▲ +%1 a unit, +%2 in all</source>
            <translation>▲ 每件 +%1，共 +%2</translation>
        </message>
        <message>
            <source>✓ standard</source>
            <translation>✓ 标准价</translation>
        </message>
    </context>
    <context>
        <name>parasol::GrabRunner</name>
        <message>
            <source>timed out waiting for the central service</source>
            <translation>等待中心服务超时</translation>
        </message>
        <message>
            <source>login failed: %1</source>
            <translation>登录失败：%1</translation>
        </message>
        <message>
            <source>sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message>
            <source>no customer found for %1</source>
            <translation>找不到 %1 对应的客户</translation>
        </message>
        <message>
            <source>the customer has no order %1</source>
            <translation>该客户没有订单 %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>the central service cannot be reached</source>
            <translation>无法连接中心服务</translation>
        </message>
    </context>
    <context>
        <name>parasol::IncomingCallBar</name>
        <message>
            <source>Incoming call</source>
            <translation>来电</translation>
        </message>
        <message>
            <source>Open (F2)</source>
            <translation>打开 (F2)</translation>
        </message>
        <message>
            <source>Wrap up (F4)</source>
            <translation>话后小结 (F4)</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>敬老服务</translation>
        </message>
        <message>
            <source>New caller</source>
            <translation>新来电客户</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n 岁</numerusform>
            </translation>
        </message>
        <message>
            <source>Elder-care queue</source>
            <translation>敬老队列</translation>
        </message>
        <message>
            <source>General queue</source>
            <translation>普通队列</translation>
        </message>
        <message>
            <source>Incoming call from %1</source>
            <translation>%1 的来电</translation>
        </message>
    </context>
    <context>
        <name>parasol::LoginDialog</name>
        <message>
            <source>Enter the central service&apos;s address, such as http://127.0.0.1:8470.</source>
            <translation>请输入中心服务的地址，例如 http://127.0.0.1:8470。</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <source>Preparing the local cache…</source>
            <translation>正在准备本地缓存…</translation>
        </message>
        <message>
            <source>Preparing the local cache: %1 of %2 records…</source>
            <translation>正在准备本地缓存：%1 / %2 条记录…</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>The central service cannot be reached; trying again…</source>
            <translation>无法连接中心服务，正在重试…</translation>
        </message>
    </context>
    <context>
        <name>parasol::MainWindow</name>
        <message>
            <source>No customer found.</source>
            <translation>没有找到客户。</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>找到 %n 位客户。</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>已于 %1 同步</translation>
        </message>
        <message>
            <source>elder-care seat</source>
            <translation>敬老坐席</translation>
        </message>
        <message>
            <source>general seat</source>
            <translation>普通坐席</translation>
        </message>
        <message>
            <source>%1 at %2, %3</source>
            <translation>%1 @ %2，%3</translation>
        </message>
        <message>
            <source>Sync stopped: %1</source>
            <translation>同步已停止：%1</translation>
        </message>
        <message>
            <source>Working offline from the local cache; reconnecting…</source>
            <translation>正在使用本地缓存离线工作，正在重新连接…</translation>
        </message>
        <message>
            <source>No customer found in the local cache, and the central service cannot be reached to look further.</source>
            <translation>本地缓存中没有找到客户，且无法连接中心服务进一步查找。</translation>
        </message>
        <message>
            <source>This customer is not in the local cache, and the central service cannot be reached: open them again when the console is back online.</source>
            <translation>该客户不在本地缓存中，且无法连接中心服务：请在控制台恢复联网后再次打开。</translation>
        </message>
        <message>
            <source>Not in the local cache; asking the central service…</source>
            <translation>本地缓存中没有；正在询问中心服务…</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found at the central service.</source>
            <translation>
                <numerusform>在中心服务找到 %n 位客户。</numerusform>
            </translation>
        </message>
        <message>
            <source>Fetching the customer from the central service…</source>
            <translation>正在从中心服务获取客户…</translation>
        </message>
        <message>
            <source>The customer could not be fetched from the central service: %1</source>
            <translation>无法从中心服务获取该客户：%1</translation>
        </message>
        <message>
            <source>New caller. %1</source>
            <translation>新来电客户。%1</translation>
        </message>
        <message>
            <source>The caller&apos;s record could not be opened; search for them by phone or name.</source>
            <translation>无法打开来电客户的资料，请按电话或姓名查找。</translation>
        </message>
        <message>
            <source>Wrap up the call</source>
            <translation>话后小结</translation>
        </message>
    </context>
    <context>
        <name>parasol::NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>What the customer asked and what was agreed</source>
            <translation>客户的诉求和约定的处理</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>parasol::OrderTreeModel</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Ordered through %1</source>
            <translation>下单渠道：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n 件商品</numerusform>
            </translation>
        </message>
        <message>
            <source>SKU %1, line %2</source>
            <translation>商品编号 %1，第 %2 行</translation>
        </message>
        <message>
            <source>%1 (gift)</source>
            <translation>%1（赠品）</translation>
        </message>
        <message>
            <source>Order / item</source>
            <translation>订单 / 商品</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <source>Service node</source>
            <translation>服务节点</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <source>≈ %1</source>
            <translation>约 %1</translation>
        </message>
        <message>
            <source>%1 · until %2</source>
            <translation>%1 · 至 %2</translation>
        </message>
        <message>
            <source>An estimate from this console&apos;s copy of prices and claims; central decides when the claim is made.</source>
            <translation>根据本机缓存的价格和价保记录估算；以申请时中心的结果为准。</translation>
        </message>
        <message>
            <source>Price protection (estimate)</source>
            <translation>价保（估算）</translation>
        </message>
        <message>
            <source>None left</source>
            <translation>已无</translation>
        </message>
        <message>
            <source>%1 until %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>%1 (+%2)</source>
            <translation>%1（另 %2 项）</translation>
        </message>
        <message>
            <source>No after-sales entitlement applies any more.</source>
            <translation>已无适用的售后权益。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>from %1 until %2</source>
            <translation>%1 起至 %2</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>%1 起</translation>
        </message>
        <message>
            <source>no end date yet</source>
            <translation>尚无截止日期</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>Entitlements</source>
            <translation>售后权益</translation>
        </message>
    </context>
    <context>
        <name>parasol::PriceScanDialog</name>
        <message>
            <source>Dry run: every order line is checked for a price drop to pay now. Nothing is paid.</source>
            <translation>试运行：逐一检查每个订单行是否有现在应赔付的降价，不会付款。</translation>
        </message>
        <message>
            <source>Dry run done; nothing has been paid. Pay files and pays these claims now, each drop once.</source>
            <translation>试运行完成，尚未付款。点击“赔付”立即提交并赔付这些申请，每次降价只赔一次。</translation>
        </message>
        <message>
            <source>Dry run done: no line has a price drop to pay now.</source>
            <translation>试运行完成：目前没有需要赔付降价的订单行。</translation>
        </message>
        <message>
            <source>Paying: each line&apos;s claim for the price in effect now is filed and paid, each drop once.</source>
            <translation>正在赔付：按当前生效价格为每个订单行提交并赔付申请，每次降价只赔一次。</translation>
        </message>
        <message>
            <source>Paid. Each claim is on its customer&apos;s record.</source>
            <translation>已赔付，每笔申请均已记入对应客户的记录。</translation>
        </message>
        <message>
            <source>Nothing was paid: no drop was due any more.</source>
            <translation>未付款：已没有待赔付的降价。</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 / %2 行</translation>
        </message>
        <message>
            <source>The central service cannot be reached; the scan stopped after %1. Nothing is lost: what was paid stays paid. Continue goes on from there.</source>
            <translation>无法连接中心服务，扫描已在 %1 后停止。没有任何丢失：已赔付的款项保持有效，点击“继续”从停止处接着扫描。</translation>
        </message>
        <message>
            <source>Your account may not run price-protection scans.</source>
            <translation>您的账号无权运行价保扫描。</translation>
        </message>
        <message>
            <source>The scan stopped after %1: %2</source>
            <translation>扫描已在 %1 后停止：%2</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>本页完成后停止…</translation>
        </message>
        <message>
            <source>Dry run stopped after %1.</source>
            <translation>试运行已在 %1 后停止。</translation>
        </message>
        <message>
            <source>Stopped after %1; the claims paid so far stay paid.</source>
            <translation>已在 %1 后停止；已赔付的申请保持有效。</translation>
        </message>
        <message>
            <source>Price-protection scan</source>
            <translation>价保扫描</translation>
        </message>
        <message>
            <source>Lines scanned:</source>
            <translation>已扫描订单行：</translation>
        </message>
        <message>
            <source>Eligible lines:</source>
            <translation>符合条件的订单行：</translation>
        </message>
        <message>
            <source>Eligible lines (would be paid):</source>
            <translation>符合条件的订单行（将赔付）：</translation>
        </message>
        <message>
            <source>Claims paid:</source>
            <translation>已赔付申请：</translation>
        </message>
        <message>
            <source>Total paid:</source>
            <translation>赔付总额：</translation>
        </message>
        <message>
            <source>Total to pay:</source>
            <translation>应赔付总额：</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>赔付(&amp;P)</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>继续(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>parasol::SearchResultsModel</name>
        <message>
            <source>phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <source>service card %1</source>
            <translation>服务卡 %1</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>pinyin</source>
            <translation>拼音</translation>
        </message>
        <message>
            <source>%1  %2
matched by %3</source>
            <translation>%1  %2
匹配：%3</translation>
        </message>
        <message>
            <source>%1  %2
at the central service, not in the local cache</source>
            <translation>%1  %2
在中心服务，不在本地缓存中</translation>
        </message>
        <message>
            <source>Opening this customer brings them into the local cache and keeps them up to date.</source>
            <translation>打开该客户会将其载入本地缓存并保持更新。</translation>
        </message>
    </context>
    <context>
        <name>parasol::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>parasol::SyncEngine</name>
        <message>
            <source>The central service expects change %1 from this console, which it no longer has.</source>
            <translation>中心服务需要本工作台的第 %1 条变更，但本地已没有这条记录。</translation>
        </message>
    </context>
    <context>
        <name>parasol::TicketDialog</name>
        <message>
            <source>Open ticket</source>
            <translation>开工单</translation>
        </message>
        <message>
            <source>The fault or the request, in the customer&apos;s words</source>
            <translation>用客户的原话描述故障或诉求</translation>
        </message>
        <message>
            <source>&amp;Open ticket</source>
            <translation>开工单(&amp;O)</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>商品：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
    </context>
    <context>
        <name>parasol::TimelineWidget</name>
        <message>
            <source>Activate an order to see its service timeline.</source>
            <translation>双击订单查看其服务时间线。</translation>
        </message>
        <message>
            <source>%1 (now)</source>
            <translation>%1（当前）</translation>
        </message>
        <message numerus="yes">
            <source>E-bill: %n line(s)</source>
            <translation>
                <numerusform>电子账单：%n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Service timeline</source>
            <translation>服务时间线</translation>
        </message>
        <message>
            <source>Service timeline of order %1</source>
            <translation>订单 %1 的服务时间线</translation>
        </message>
    </context>
</TS>
