<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>ConsoleOptions</name>
        <message>
            <source>Parasol, the after-sales service console.</source>
            <translation>Parasol 售後服務工作台。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>顯示本說明。</translation>
        </message>
        <message>
            <source>The central service&apos;s address.</source>
            <translation>中心服務的位址。</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>位址</translation>
        </message>
        <message>
            <source>Log in as this user.</source>
            <translation>以此使用者登入。</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>使用者名稱</translation>
        </message>
        <message>
            <source>Read the password from the first line of this file.</source>
            <translation>從此檔案的第一行讀取密碼。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>The seat to answer: general or elder.</source>
            <translation>接聽的座席：general（一般）或 elder（敬老）。</translation>
        </message>
        <message>
            <source>SEAT</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Where the local cache lives.</source>
            <translation>本機快取所在的目錄。</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>目錄</translation>
        </message>
        <message>
            <source>The language: zh_CN, zh_TW or en.</source>
            <translation>介面語言：zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Render the main window to this PNG file and exit.</source>
            <translation>把主視窗儲存為此 PNG 檔案後結束。</translation>
        </message>
        <message>
            <source>With --grab: open the customer with this phone.</source>
            <translation>與 --grab 一起：開啟此手機號碼的客戶。</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>With --grab: select this order.</source>
            <translation>與 --grab 一起：選取此訂單。</translation>
        </message>
        <message>
            <source>ORDER_NO</source>
            <translation>訂單編號</translation>
        </message>
        <message>
            <source>With --grab: the scale factor of the screen.</source>
            <translation>與 --grab 一起：螢幕縮放倍數。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>倍數</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>多餘的參數：%1</translation>
        </message>
        <message>
            <source>Not an http(s) address: %1</source>
            <translation>不是 http(s) 位址：%1</translation>
        </message>
        <message>
            <source>Unknown seat: %1</source>
            <translation>未知的座席：%1</translation>
        </message>
        <message>
            <source>Unknown language: %1</source>
            <translation>未知的語言：%1</translation>
        </message>
        <message>
            <source>The scale must be a number from 0.5 to 4.</source>
            <translation>縮放倍數必須是 0.5 到 4 之間的數字。</translation>
        </message>
        <message>
            <source>--grab needs --central, --user and --password-file.</source>
            <translation>--grab 需要 --central、--user 和 --password-file。</translation>
        </message>
        <message>
            <source>--customer, --order and --scale go with --grab.</source>
            <translation>--customer、--order 和 --scale 只能與 --grab 一起使用。</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2</source>
            <translation>無法讀取密碼檔案 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>Search for a customer by phone, order number or name.</source>
            <translation>依手機號碼、訂單編號或姓名搜尋客戶。</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>敬老服務</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>手機：</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>年齡：</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>性別：</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <source>Member level:</source>
            <translation>會員等級：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>身分證號：</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Filter orders by number, item, brand or service node</source>
            <translation>依訂單編號、商品、品牌或服務節點篩選訂單</translation>
        </message>
        <message>
            <source>&amp;Claim price protection</source>
            <translation>申請價保(&amp;C)</translation>
        </message>
        <message>
            <source>Claim price protection for the selected line (Ctrl+Shift+P)</source>
            <translation>為選中的商品行申請價保（Ctrl+Shift+P）</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>服務單</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>訂單</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>聯絡紀錄</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>新增備註(&amp;N)…</translation>
        </message>
        <message>
            <source>Write a note about this customer (Ctrl+Shift+N)</source>
            <translation>為該客戶寫一則備註（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>客服</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>價保</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>商品行</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>Show the full name (written to the audit log)</source>
            <translation>顯示完整姓名（記入稽核日誌）</translation>
        </message>
        <message>
            <source>Show the full phone number (written to the audit log)</source>
            <translation>顯示完整電話號碼（記入稽核日誌）</translation>
        </message>
        <message>
            <source>Show the full address (written to the audit log)</source>
            <translation>顯示完整地址（記入稽核日誌）</translation>
        </message>
        <message>
            <source>Show the full ID number (written to the audit log)</source>
            <translation>顯示完整身分證號（記入稽核日誌）</translation>
        </message>
        <message>
            <source>Open &amp;ticket…</source>
            <translation>開工單(&amp;T)…</translation>
        </message>
        <message>
            <source>Open a return, exchange, repair or installation ticket for the selected line (Ctrl+Shift+T)</source>
            <translation>為所選商品開退貨、換貨、維修或安裝工單 (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Open co&amp;mplaint…</source>
            <translation>登記投訴(&amp;M)…</translation>
        </message>
        <message>
            <source>Record a complaint by this customer (Ctrl+Shift+C)</source>
            <translation>登記該客戶的投訴 (Ctrl+Shift+C)</translation>
        </message>
    </context>
    <context>
        <name>DisplayNames</name>
        <message>
            <source>Air conditioner</source>
            <translation>冷氣機</translation>
        </message>
        <message>
            <source>Fridge</source>
            <translation>冰箱</translation>
        </message>
        <message>
            <source>Washing machine</source>
            <translation>洗衣機</translation>
        </message>
        <message>
            <source>TV</source>
            <translation>電視</translation>
        </message>
        <message>
            <source>Water heater</source>
            <translation>熱水器</translation>
        </message>
        <message>
            <source>Range hood</source>
            <translation>抽油煙機</translation>
        </message>
        <message>
            <source>Gas hob</source>
            <translation>瓦斯爐</translation>
        </message>
        <message>
            <source>Dishwasher</source>
            <translation>洗碗機</translation>
        </message>
        <message>
            <source>Small kitchen appliance</source>
            <translation>廚房小家電</translation>
        </message>
        <message>
            <source>Small home appliance</source>
            <translation>生活小家電</translation>
        </message>
        <message>
            <source>Personal care</source>
            <translation>個人護理</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>已下單</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>已出貨</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已簽收</translation>
        </message>
        <message>
            <source>Installation booked</source>
            <translation>已預約安裝</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>已安裝</translation>
        </message>
        <message>
            <source>After-sales accepted</source>
            <translation>售後已受理</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已審核</translation>
        </message>
        <message>
            <source>Dispatched to the brand</source>
            <translation>已派單至品牌</translation>
        </message>
        <message>
            <source>Engineer booked</source>
            <translation>已預約師傅</translation>
        </message>
        <message>
            <source>Engineer on site</source>
            <translation>師傅已到府</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>已檢測</translation>
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
            <translation>已確認</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>已回訪</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退貨</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>換貨</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>安裝</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>網站</translation>
        </message>
        <message>
            <source>Mini program</source>
            <translation>小程式</translation>
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
            <translation>無</translation>
        </message>
        <message>
            <source>Regular member</source>
            <translation>一般會員</translation>
        </message>
        <message>
            <source>Silver member</source>
            <translation>銀牌會員</translation>
        </message>
        <message>
            <source>Gold member</source>
            <translation>金牌會員</translation>
        </message>
        <message>
            <source>PLUS member</source>
            <translation>PLUS 會員</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>處理中</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>來電</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Price protection claim</source>
            <translation>價保申請</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>新服務單</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>新投訴</translation>
        </message>
        <message>
            <source>Product inquiry</source>
            <translation>產品諮詢</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>配送</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>價保</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>優惠券</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>發票</translation>
        </message>
        <message>
            <source>Service card</source>
            <translation>服務卡</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售後服務</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>品質</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合約</translation>
        </message>
        <message>
            <source>False advertising</source>
            <translation>虛假宣傳</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Counterfeit</source>
            <translation>仿冒</translation>
        </message>
        <message>
            <source>Personal dignity</source>
            <translation>人格尊嚴</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>計量</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已分派</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解決</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已回訪確認</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>已重新開啟</translation>
        </message>
        <message>
            <source>Gifts are not price protected</source>
            <translation>贈品不參與價保</translation>
        </message>
        <message>
            <source>Outside the protection window</source>
            <translation>已超過價保期</translation>
        </message>
        <message>
            <source>Nothing left to compensate</source>
            <translation>已無可補差的數量</translation>
        </message>
        <message>
            <source>The price has not dropped</source>
            <translation>價格未下降</translation>
        </message>
        <message>
            <source>The lower price does not count (excluded promotion)</source>
            <translation>該低價不計入價保（不參與的促銷）</translation>
        </message>
        <message>
            <source>Already compensated</source>
            <translation>已補過差價</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>已查看個人資料</translation>
        </message>
        <message>
            <source>No-reason return</source>
            <translation>無理由退貨</translation>
        </message>
        <message>
            <source>Replacement, not repair</source>
            <translation>只換不修</translation>
        </message>
        <message>
            <source>Return, exchange or repair</source>
            <translation>退貨、換貨或維修</translation>
        </message>
        <message>
            <source>Exchange or repair</source>
            <translation>換貨或維修</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>免費維修</translation>
        </message>
        <message>
            <source>Free exchange</source>
            <translation>免費換貨</translation>
        </message>
        <message>
            <source>for a quality problem</source>
            <translation>（品質問題）</translation>
        </message>
        <message>
            <source>for a performance fault</source>
            <translation>（性能故障）</translation>
        </message>
        <message>
            <source>for a fault within warranty</source>
            <translation>（保固期內故障）</translation>
        </message>
        <message>
            <source>after failed or long repairs</source>
            <translation>（多次修不好或維修逾期）</translation>
        </message>
        <message>
            <source>if the price drops</source>
            <translation>（降價時）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身分證號</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Parasol</source>
            <translation>登入 Parasol</translation>
        </message>
        <message>
            <source>After-sales service console</source>
            <translation>售後服務工作台</translation>
        </message>
        <message>
            <source>Central &amp;service:</source>
            <translation>中心服務(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登入(&amp;L)</translation>
        </message>
        <message>
            <source>P&amp;revious password:</source>
            <translation>原密碼(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parasol service console</source>
            <translation>Parasol 服務工作台</translation>
        </message>
        <message>
            <source>Phone, order number or name</source>
            <translation>手機號碼、訂單編號或姓名</translation>
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
            <translation>設定(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Price-protection scan…</source>
            <translation>價保掃描(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>語言(&amp;L)：</translation>
        </message>
        <message>
            <source>The console switches language at once; it is remembered for the next start.</source>
            <translation>工作台立即切換語言，下次啟動時沿用。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>確定</translation>
        </message>
        <message>
            <source>&amp;Keep customers not looked at for:</source>
            <translation>未查看的客戶保留(&amp;K)：</translation>
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
            <translation>按時</translation>
        </message>
        <message>
            <source>near the deadline</source>
            <translation>臨近時限</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已逾時</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>待辦</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>已到達</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1（時限 %2）</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>時限 %1</translation>
        </message>
        <message>
            <source>not scheduled yet</source>
            <translation>尚未排期</translation>
        </message>
        <message>
            <source>real name</source>
            <translation>實名</translation>
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
            <translation>工程師 %1：%2，%3，%4，%5</translation>
        </message>
        <message>
            <source>⚠ not verified: %1</source>
            <translation>⚠ 未認證：%1</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3, %4, %5.</source>
            <translation>第 %1 步，共 %2 步：%3，%4，%5。</translation>
        </message>
        <message>
            <source>This is where the order stands now.</source>
            <translation>訂單目前處於此節點。</translation>
        </message>
        <message>
            <source>Has an e-bill.</source>
            <translation>附有電子帳單。</translation>
        </message>
        <message>
            <source>By %1.</source>
            <translation>由%1處理。</translation>
        </message>
        <message>
            <source>Engineer %1.</source>
            <translation>工程師%1。</translation>
        </message>
        <message>
            <source>Not verified: %1.</source>
            <translation>未認證：%1。</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Verified: %1.</source>
            <translation>已認證：%1。</translation>
        </message>
    </context>
    <context>
        <name>parasol::CentralClient</name>
        <message>
            <source>The central service cannot be reached (%1).</source>
            <translation>無法連線至中心服務（%1）。</translation>
        </message>
        <message>
            <source>The central service sent an answer that is not JSON.</source>
            <translation>中心服務的回應不是 JSON。</translation>
        </message>
        <message>
            <source>The central service answered %1.</source>
            <translation>中心服務回傳了 %1。</translation>
        </message>
    </context>
    <context>
        <name>parasol::ComplaintDialog</name>
        <message>
            <source>Open complaint</source>
            <translation>登記投訴</translation>
        </message>
        <message>
            <source>No particular order</source>
            <translation>不涉及具體訂單</translation>
        </message>
        <message>
            <source>What the customer complains about, in their words</source>
            <translation>用客戶的原話記錄投訴內容</translation>
        </message>
        <message>
            <source>&amp;Open complaint</source>
            <translation>登記投訴(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>類別(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>訂單(&amp;O)：</translation>
        </message>
        <message>
            <source>Com&amp;plaint:</source>
            <translation>投訴內容(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>parasol::ConsoleSession</name>
        <message>
            <source>Cannot create the cache folder %1.</source>
            <translation>無法建立快取目錄 %1。</translation>
        </message>
        <message>
            <source>Not logged in.</source>
            <translation>尚未登入。</translation>
        </message>
        <message>
            <source>Your password has changed since this computer&apos;s cache was locked. Enter the previous password as well to keep the cache and the changes not yet sent.</source>
            <translation>自本機快取上鎖以來，您的密碼已變更。請同時輸入原密碼，以保留快取和尚未傳送的變更。</translation>
        </message>
        <message>
            <source>The previous password does not open this computer&apos;s cache either.</source>
            <translation>原密碼也無法開啟本機快取。</translation>
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
                <numerusform>%n 歲</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Orders (%1)</source>
            <translation>訂單（%1）</translation>
        </message>
        <message>
            <source>Tickets (%1)</source>
            <translation>服務單（%1）</translation>
        </message>
        <message>
            <source>(this console)</source>
            <translation>（本機）</translation>
        </message>
        <message>
            <source>%1 — refused</source>
            <translation>%1 — 被拒絕</translation>
        </message>
        <message>
            <source>Refused by central: %1</source>
            <translation>中心拒絕：%1</translation>
        </message>
        <message>
            <source>%1 — waiting to sync</source>
            <translation>%1 — 等待同步</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>聯絡紀錄（%1）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已賠付</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>未賠付</translation>
        </message>
        <message>
            <source>Price protection (%1)</source>
            <translation>價保（%1）</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>投訴（%1）</translation>
        </message>
        <message>
            <source>Show the full %1</source>
            <translation>顯示完整%1</translation>
        </message>
        <message>
            <source>another customer</source>
            <translation>另一位客戶</translation>
        </message>
        <message>
            <source>Gift recipient: service card %1 for order %2, bought by %3</source>
            <translation>禮品受贈人：服務卡 %1，對應訂單 %2，購買人 %3</translation>
        </message>
        <message>
            <source>%1 (order %2)</source>
            <translation>%1（訂單 %2）</translation>
        </message>
    </context>
    <context>
        <name>parasol::EbillPanel</name>
        <message>
            <source>Total %1</source>
            <translation>合計 %1</translation>
        </message>
        <message>
            <source>Total %1 — ▲ %2 above the standard prices</source>
            <translation>合計 %1 — ▲ 高於標準價 %2</translation>
        </message>
        <message>
            <source>E-bill</source>
            <translation>電子帳單</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Standard price</source>
            <translation>標準價</translation>
        </message>
        <message>
            <source>Above standard</source>
            <translation>超出標準</translation>
        </message>
        <message>
            <source>▲ +%1 a unit, +%2 in all</source>
            <translation>▲ 每件 +%1，共 +%2</translation>
        </message>
        <message>
            <source>✓ standard</source>
            <translation>✓ 標準價</translation>
        </message>
    </context>
    <context>
        <name>parasol::GrabRunner</name>
        <message>
            <source>timed out waiting for the central service</source>
            <translation>等待中心服務逾時</translation>
        </message>
        <message>
            <source>login failed: %1</source>
            <translation>登入失敗：%1</translation>
        </message>
        <message>
            <source>sync failed: %1</source>
            <translation>同步失敗：%1</translation>
        </message>
        <message>
            <source>no customer found for %1</source>
            <translation>找不到 %1 對應的客戶</translation>
        </message>
        <message>
            <source>the customer has no order %1</source>
            <translation>該客戶沒有訂單 %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>無法寫入 %1</translation>
        </message>
        <message>
            <source>the central service cannot be reached</source>
            <translation>無法連線至中心服務</translation>
        </message>
    </context>
    <context>
        <name>parasol::IncomingCallBar</name>
        <message>
            <source>Incoming call</source>
            <translation>來電</translation>
        </message>
        <message>
            <source>Open (F2)</source>
            <translation>開啟 (F2)</translation>
        </message>
        <message>
            <source>Wrap up (F4)</source>
            <translation>話後小結 (F4)</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>敬老服務</translation>
        </message>
        <message>
            <source>New caller</source>
            <translation>新來電客戶</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n 歲</numerusform>
            </translation>
        </message>
        <message>
            <source>Elder-care queue</source>
            <translation>敬老佇列</translation>
        </message>
        <message>
            <source>General queue</source>
            <translation>一般佇列</translation>
        </message>
        <message>
            <source>Incoming call from %1</source>
            <translation>%1 的來電</translation>
        </message>
    </context>
    <context>
        <name>parasol::LoginDialog</name>
        <message>
            <source>Enter the central service&apos;s address, such as http://127.0.0.1:8470.</source>
            <translation>請輸入中心服務的位址，例如 http://127.0.0.1:8470。</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>請輸入使用者名稱和密碼。</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登入…</translation>
        </message>
        <message>
            <source>Preparing the local cache…</source>
            <translation>正在準備本機快取…</translation>
        </message>
        <message>
            <source>Preparing the local cache: %1 of %2 records…</source>
            <translation>正在準備本機快取：%1 / %2 筆記錄…</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>使用者名稱或密碼錯誤。</translation>
        </message>
        <message>
            <source>The central service cannot be reached; trying again…</source>
            <translation>無法連線至中心服務，正在重試…</translation>
        </message>
    </context>
    <context>
        <name>parasol::MainWindow</name>
        <message>
            <source>No customer found.</source>
            <translation>沒有找到客戶。</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>找到 %n 位客戶。</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>已於 %1 同步</translation>
        </message>
        <message>
            <source>elder-care seat</source>
            <translation>敬老座席</translation>
        </message>
        <message>
            <source>general seat</source>
            <translation>一般座席</translation>
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
            <translation>正在使用本機快取離線作業，正在重新連線…</translation>
        </message>
        <message>
            <source>No customer found in the local cache, and the central service cannot be reached to look further.</source>
            <translation>本機快取中沒有找到客戶，且無法連線中心服務進一步查找。</translation>
        </message>
        <message>
            <source>This customer is not in the local cache, and the central service cannot be reached: open them again when the console is back online.</source>
            <translation>該客戶不在本機快取中，且無法連線中心服務：請在主控台恢復連線後再次開啟。</translation>
        </message>
        <message>
            <source>Not in the local cache; asking the central service…</source>
            <translation>本機快取中沒有；正在詢問中心服務…</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found at the central service.</source>
            <translation>
                <numerusform>在中心服務找到 %n 位客戶。</numerusform>
            </translation>
        </message>
        <message>
            <source>Fetching the customer from the central service…</source>
            <translation>正在從中心服務取得客戶…</translation>
        </message>
        <message>
            <source>The customer could not be fetched from the central service: %1</source>
            <translation>無法從中心服務取得該客戶：%1</translation>
        </message>
        <message>
            <source>New caller. %1</source>
            <translation>新來電客戶。%1</translation>
        </message>
        <message>
            <source>The caller&apos;s record could not be opened; search for them by phone or name.</source>
            <translation>無法開啟來電客戶的資料，請按電話或姓名查找。</translation>
        </message>
        <message>
            <source>Wrap up the call</source>
            <translation>話後小結</translation>
        </message>
    </context>
    <context>
        <name>parasol::NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>新增備註</translation>
        </message>
        <message>
            <source>What the customer asked and what was agreed</source>
            <translation>客戶的訴求和約定的處理</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
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
            <translation>下單管道：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n 件商品</numerusform>
            </translation>
        </message>
        <message>
            <source>SKU %1, line %2</source>
            <translation>商品編號 %1，第 %2 行</translation>
        </message>
        <message>
            <source>%1 (gift)</source>
            <translation>%1（贈品）</translation>
        </message>
        <message>
            <source>Order / item</source>
            <translation>訂單 / 商品</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品類</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <source>Service node</source>
            <translation>服務節點</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>下單時間</translation>
        </message>
        <message>
            <source>≈ %1</source>
            <translation>約 %1</translation>
        </message>
        <message>
            <source>%1 · until %2</source>
            <translation>%1 · 至 %2</translation>
        </message>
        <message>
            <source>An estimate from this console&apos;s copy of prices and claims; central decides when the claim is made.</source>
            <translation>根據本機快取的價格和價保紀錄估算；以申請時中心的結果為準。</translation>
        </message>
        <message>
            <source>Price protection (estimate)</source>
            <translation>價保（估算）</translation>
        </message>
        <message>
            <source>None left</source>
            <translation>已無</translation>
        </message>
        <message>
            <source>%1 until %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>%1 (+%2)</source>
            <translation>%1（另 %2 項）</translation>
        </message>
        <message>
            <source>No after-sales entitlement applies any more.</source>
            <translation>已無適用的售後權益。</translation>
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
            <translation>尚無截止日期</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>Entitlements</source>
            <translation>售後權益</translation>
        </message>
    </context>
    <context>
        <name>parasol::PriceScanDialog</name>
        <message>
            <source>Dry run: every order line is checked for a price drop to pay now. Nothing is paid.</source>
            <translation>試運行：逐一檢查每個訂單行是否有現在應賠付的降價，不會付款。</translation>
        </message>
        <message>
            <source>Dry run done; nothing has been paid. Pay files and pays these claims now, each drop once.</source>
            <translation>試運行完成，尚未付款。點擊「賠付」立即提交並賠付這些申請，每次降價只賠一次。</translation>
        </message>
        <message>
            <source>Dry run done: no line has a price drop to pay now.</source>
            <translation>試運行完成：目前沒有需要賠付降價的訂單行。</translation>
        </message>
        <message>
            <source>Paying: each line&apos;s claim for the price in effect now is filed and paid, each drop once.</source>
            <translation>正在賠付：按當前生效價格為每個訂單行提交並賠付申請，每次降價只賠一次。</translation>
        </message>
        <message>
            <source>Paid. Each claim is on its customer&apos;s record.</source>
            <translation>已賠付，每筆申請均已記入對應客戶的記錄。</translation>
        </message>
        <message>
            <source>Nothing was paid: no drop was due any more.</source>
            <translation>未付款：已沒有待賠付的降價。</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 / %2 行</translation>
        </message>
        <message>
            <source>The central service cannot be reached; the scan stopped after %1. Nothing is lost: what was paid stays paid. Continue goes on from there.</source>
            <translation>無法連線中心服務，掃描已在 %1 後停止。沒有任何遺失：已賠付的款項保持有效，點擊「繼續」從停止處接著掃描。</translation>
        </message>
        <message>
            <source>Your account may not run price-protection scans.</source>
            <translation>您的帳號無權執行價保掃描。</translation>
        </message>
        <message>
            <source>The scan stopped after %1: %2</source>
            <translation>掃描已在 %1 後停止：%2</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>本頁完成後停止…</translation>
        </message>
        <message>
            <source>Dry run stopped after %1.</source>
            <translation>試運行已在 %1 後停止。</translation>
        </message>
        <message>
            <source>Stopped after %1; the claims paid so far stay paid.</source>
            <translation>已在 %1 後停止；已賠付的申請保持有效。</translation>
        </message>
        <message>
            <source>Price-protection scan</source>
            <translation>價保掃描</translation>
        </message>
        <message>
            <source>Lines scanned:</source>
            <translation>已掃描訂單行：</translation>
        </message>
        <message>
            <source>Eligible lines:</source>
            <translation>符合條件的訂單行：</translation>
        </message>
        <message>
            <source>Eligible lines (would be paid):</source>
            <translation>符合條件的訂單行（將賠付）：</translation>
        </message>
        <message>
            <source>Claims paid:</source>
            <translation>已賠付申請：</translation>
        </message>
        <message>
            <source>Total paid:</source>
            <translation>賠付總額：</translation>
        </message>
        <message>
            <source>Total to pay:</source>
            <translation>應賠付總額：</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>賠付(&amp;P)</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>繼續(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>關閉(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>parasol::SearchResultsModel</name>
        <message>
            <source>phone</source>
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>order %1</source>
            <translation>訂單 %1</translation>
        </message>
        <message>
            <source>service card %1</source>
            <translation>服務卡 %1</translation>
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
符合：%3</translation>
        </message>
        <message>
            <source>%1  %2
at the central service, not in the local cache</source>
            <translation>%1  %2
在中心服務，不在本機快取中</translation>
        </message>
        <message>
            <source>Opening this customer brings them into the local cache and keeps them up to date.</source>
            <translation>開啟該客戶會將其載入本機快取並保持更新。</translation>
        </message>
    </context>
    <context>
        <name>parasol::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>跟隨系統</translation>
        </message>
    </context>
    <context>
        <name>parasol::SyncEngine</name>
        <message>
            <source>The central service expects change %1 from this console, which it no longer has.</source>
            <translation>中心服務需要本工作台的第 %1 筆變更，但本機已沒有這筆記錄。</translation>
        </message>
    </context>
    <context>
        <name>parasol::TicketDialog</name>
        <message>
            <source>Open ticket</source>
            <translation>開工單</translation>
        </message>
        <message>
            <source>The fault or the request, in the customer&apos;s words</source>
            <translation>用客戶的原話描述故障或訴求</translation>
        </message>
        <message>
            <source>&amp;Open ticket</source>
            <translation>開工單(&amp;O)</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>商品：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>類型(&amp;K)：</translation>
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
            <translation>雙擊訂單查看其服務時間線。</translation>
        </message>
        <message>
            <source>%1 (now)</source>
            <translation>%1（目前）</translation>
        </message>
        <message numerus="yes">
            <source>E-bill: %n line(s)</source>
            <translation>
                <numerusform>電子帳單：%n 項</numerusform>
            </translation>
        </message>
        <message>
            <source>Service timeline</source>
            <translation>服務時間線</translation>
        </message>
        <message>
            <source>Service timeline of order %1</source>
            <translation>訂單 %1 的服務時間線</translation>
        </message>
    </context>
</TS>
