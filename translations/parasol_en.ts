<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ConsoleOptions</name>
        <message>
            <source>Parasol, the after-sales service console.</source>
            <translation>Parasol, the after-sales service console.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>The central service&apos;s address.</source>
            <translation>The central service&apos;s address.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Log in as this user.</source>
            <translation>Log in as this user.</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>LOGIN</translation>
        </message>
        <message>
            <source>Read the password from the first line of this file.</source>
            <translation>Read the password from the first line of this file.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>The seat to answer: general or elder.</source>
            <translation>The seat to answer: general or elder.</translation>
        </message>
        <message>
            <source>SEAT</source>
            <translation>SEAT</translation>
        </message>
        <message>
            <source>Where the local cache lives.</source>
            <translation>Where the local cache lives.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>The language: zh_CN, zh_TW or en.</source>
            <translation>The language: zh_CN, zh_TW or en.</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>Render the main window to this PNG file and exit.</source>
            <translation>Render the main window to this PNG file and exit.</translation>
        </message>
        <message>
            <source>With --grab: open the customer with this phone.</source>
            <translation>With --grab: open the customer with this phone.</translation>
        </message>
        <message>
            <source>PHONE</source>
            <translation>PHONE</translation>
        </message>
        <message>
            <source>With --grab: select this order.</source>
            <translation>With --grab: select this order.</translation>
        </message>
        <message>
            <source>ORDER_NO</source>
            <translation>ORDER_NO</translation>
        </message>
        <message>
            <source>With --grab: the scale factor of the screen.</source>
            <translation>With --grab: the scale factor of the screen.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Unexpected argument: %1</translation>
        </message>
        <message>
            <source>Not an http(s) address: %1</source>
            <translation>Not an http(s) address: %1</translation>
        </message>
        <message>
            <source>Unknown seat: %1</source>
            <translation>Unknown seat: %1</translation>
        </message>
        <message>
            <source>Unknown language: %1</source>
            <translation>Unknown language: %1</translation>
        </message>
        <message>
            <source>The scale must be a number from 0.5 to 4.</source>
            <translation>The scale must be a number from 0.5 to 4.</translation>
        </message>
        <message>
            <source>--grab needs --central, --user and --password-file.</source>
            <translation>--grab needs --central, --user and --password-file.</translation>
        </message>
        <message>
            <source>--customer, --order and --scale go with --grab.</source>
            <translation>--customer, --order and --scale go with --grab.</translation>
        </message>
        <message>
            <source>Cannot read the password file %1: %2</source>
            <translation>Cannot read the password file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CustomerPanel</name>
        <message>
            <source>Search for a customer by phone, order number or name.</source>
            <translation>Search for a customer by phone, order number or name.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>Elder care</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Age:</source>
            <translation>Age:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>City:</translation>
        </message>
        <message>
            <source>Member level:</source>
            <translation>Member level:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Filter orders by number, item, brand or service node</source>
            <translation>Filter orders by number, item, brand or service node</translation>
        </message>
        <message>
            <source>&amp;Claim price protection</source>
            <translation>&amp;Claim price protection</translation>
        </message>
        <message>
            <source>Claim price protection for the selected line (Ctrl+Shift+P)</source>
            <translation>Claim price protection for the selected line (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>Add &amp;note…</translation>
        </message>
        <message>
            <source>Write a note about this customer (Ctrl+Shift+N)</source>
            <translation>Write a note about this customer (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>Price protection</translation>
        </message>
        <message>
            <source>Order line</source>
            <translation>Order line</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Show the full name (written to the audit log)</source>
            <translation>Show the full name (written to the audit log)</translation>
        </message>
        <message>
            <source>Show the full phone number (written to the audit log)</source>
            <translation>Show the full phone number (written to the audit log)</translation>
        </message>
        <message>
            <source>Show the full address (written to the audit log)</source>
            <translation>Show the full address (written to the audit log)</translation>
        </message>
        <message>
            <source>Show the full ID number (written to the audit log)</source>
            <translation>Show the full ID number (written to the audit log)</translation>
        </message>
        <message>
            <source>Open &amp;ticket…</source>
            <translation>Open &amp;ticket…</translation>
        </message>
        <message>
            <source>Open a return, exchange, repair or installation ticket for the selected line (Ctrl+Shift+T)</source>
            <translation>Open a return, exchange, repair or installation ticket for the selected line (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <source>Open co&amp;mplaint…</source>
            <translation>Open co&amp;mplaint…</translation>
        </message>
        <message>
            <source>Record a complaint by this customer (Ctrl+Shift+C)</source>
            <translation>Record a complaint by this customer (Ctrl+Shift+C)</translation>
        </message>
    </context>
    <context>
        <name>DisplayNames</name>
        <message>
            <source>Air conditioner</source>
            <translation>Air conditioner</translation>
        </message>
        <message>
            <source>Fridge</source>
            <translation>Fridge</translation>
        </message>
        <message>
            <source>Washing machine</source>
            <translation>Washing machine</translation>
        </message>
        <message>
            <source>TV</source>
            <translation>TV</translation>
        </message>
        <message>
            <source>Water heater</source>
            <translation>Water heater</translation>
        </message>
        <message>
            <source>Range hood</source>
            <translation>Range hood</translation>
        </message>
        <message>
            <source>Gas hob</source>
            <translation>Gas hob</translation>
        </message>
        <message>
            <source>Dishwasher</source>
            <translation>Dishwasher</translation>
        </message>
        <message>
            <source>Small kitchen appliance</source>
            <translation>Small kitchen appliance</translation>
        </message>
        <message>
            <source>Small home appliance</source>
            <translation>Small home appliance</translation>
        </message>
        <message>
            <source>Personal care</source>
            <translation>Personal care</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placed</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Installation booked</source>
            <translation>Installation booked</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>After-sales accepted</source>
            <translation>After-sales accepted</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Dispatched to the brand</source>
            <translation>Dispatched to the brand</translation>
        </message>
        <message>
            <source>Engineer booked</source>
            <translation>Engineer booked</translation>
        </message>
        <message>
            <source>Engineer on site</source>
            <translation>Engineer on site</translation>
        </message>
        <message>
            <source>Inspected</source>
            <translation>Inspected</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>Picked up</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Exchange</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Installation</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Mini program</source>
            <translation>Mini program</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Regular member</source>
            <translation>Regular member</translation>
        </message>
        <message>
            <source>Silver member</source>
            <translation>Silver member</translation>
        </message>
        <message>
            <source>Gold member</source>
            <translation>Gold member</translation>
        </message>
        <message>
            <source>PLUS member</source>
            <translation>PLUS member</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Price protection claim</source>
            <translation>Price protection claim</translation>
        </message>
        <message>
            <source>New ticket</source>
            <translation>New ticket</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <source>Product inquiry</source>
            <translation>Product inquiry</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Price protection</source>
            <translation>Price protection</translation>
        </message>
        <message>
            <source>Coupon</source>
            <translation>Coupon</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Service card</source>
            <translation>Service card</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>False advertising</source>
            <translation>False advertising</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Counterfeit</source>
            <translation>Counterfeit</translation>
        </message>
        <message>
            <source>Personal dignity</source>
            <translation>Personal dignity</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Measurement</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Gifts are not price protected</source>
            <translation>Gifts are not price protected</translation>
        </message>
        <message>
            <source>Outside the protection window</source>
            <translation>Outside the protection window</translation>
        </message>
        <message>
            <source>Nothing left to compensate</source>
            <translation>Nothing left to compensate</translation>
        </message>
        <message>
            <source>The price has not dropped</source>
            <translation>The price has not dropped</translation>
        </message>
        <message>
            <source>The lower price does not count (excluded promotion)</source>
            <translation>The lower price does not count (excluded promotion)</translation>
        </message>
        <message>
            <source>Already compensated</source>
            <translation>Already compensated</translation>
        </message>
        <message>
            <source>Personal data shown</source>
            <translation>Personal data shown</translation>
        </message>
        <message>
            <source>No-reason return</source>
            <translation>No-reason return</translation>
        </message>
        <message>
            <source>Replacement, not repair</source>
            <translation>Replacement, not repair</translation>
        </message>
        <message>
            <source>Return, exchange or repair</source>
            <translation>Return, exchange or repair</translation>
        </message>
        <message>
            <source>Exchange or repair</source>
            <translation>Exchange or repair</translation>
        </message>
        <message>
            <source>Free repair</source>
            <translation>Free repair</translation>
        </message>
        <message>
            <source>Free exchange</source>
            <translation>Free exchange</translation>
        </message>
        <message>
            <source>for a quality problem</source>
            <translation>for a quality problem</translation>
        </message>
        <message>
            <source>for a performance fault</source>
            <translation>for a performance fault</translation>
        </message>
        <message>
            <source>for a fault within warranty</source>
            <translation>for a fault within warranty</translation>
        </message>
        <message>
            <source>after failed or long repairs</source>
            <translation>after failed or long repairs</translation>
        </message>
        <message>
            <source>if the price drops</source>
            <translation>if the price drops</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Parasol</source>
            <translation>Log in to Parasol</translation>
        </message>
        <message>
            <source>After-sales service console</source>
            <translation>After-sales service console</translation>
        </message>
        <message>
            <source>Central &amp;service:</source>
            <translation>Central &amp;service:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>P&amp;revious password:</source>
            <translation>P&amp;revious password:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parasol service console</source>
            <translation>Parasol service console</translation>
        </message>
        <message>
            <source>Phone, order number or name</source>
            <translation>Phone, order number or name</translation>
        </message>
        <message>
            <source>&amp;Console</source>
            <translation>&amp;Console</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>S&amp;ettings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Price-protection scan…</source>
            <translation>&amp;Price-protection scan…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>The console switches language at once; it is remembered for the next start.</source>
            <translation>The console switches language at once; it is remembered for the next start.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>&amp;Keep customers not looked at for:</source>
            <translation>&amp;Keep customers not looked at for:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>on time</source>
            <translation>on time</translation>
        </message>
        <message>
            <source>near the deadline</source>
            <translation>near the deadline</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>to come</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>reached</translation>
        </message>
        <message>
            <source>%1 (due %2)</source>
            <translation>%1 (due %2)</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>not scheduled yet</source>
            <translation>not scheduled yet</translation>
        </message>
        <message>
            <source>real name</source>
            <translation>real name</translation>
        </message>
        <message>
            <source>safety</source>
            <translation>safety</translation>
        </message>
        <message>
            <source>health</source>
            <translation>health</translation>
        </message>
        <message>
            <source>skill</source>
            <translation>skill</translation>
        </message>
        <message>
            <source>%1 ✓ %2</source>
            <translation>%1 ✓ %2</translation>
        </message>
        <message>
            <source>%1 ✗ missing</source>
            <translation>%1 ✗ missing</translation>
        </message>
        <message>
            <source>Engineer %1: %2, %3, %4, %5</source>
            <translation>Engineer %1: %2, %3, %4, %5</translation>
        </message>
        <message>
            <source>⚠ not verified: %1</source>
            <translation>⚠ not verified: %1</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3, %4, %5.</source>
            <translation>Step %1 of %2: %3, %4, %5.</translation>
        </message>
        <message>
            <source>This is where the order stands now.</source>
            <translation>This is where the order stands now.</translation>
        </message>
        <message>
            <source>Has an e-bill.</source>
            <translation>Has an e-bill.</translation>
        </message>
        <message>
            <source>By %1.</source>
            <translation>By %1.</translation>
        </message>
        <message>
            <source>Engineer %1.</source>
            <translation>Engineer %1.</translation>
        </message>
        <message>
            <source>Not verified: %1.</source>
            <translation>Not verified: %1.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
        <message>
            <source>Verified: %1.</source>
            <translation>Verified: %1.</translation>
        </message>
    </context>
    <context>
        <name>parasol::CentralClient</name>
        <message>
            <source>The central service cannot be reached (%1).</source>
            <translation>The central service cannot be reached (%1).</translation>
        </message>
        <message>
            <source>The central service sent an answer that is not JSON.</source>
            <translation>The central service sent an answer that is not JSON.</translation>
        </message>
        <message>
            <source>The central service answered %1.</source>
            <translation>The central service answered %1.</translation>
        </message>
    </context>
    <context>
        <name>parasol::ComplaintDialog</name>
        <message>
            <source>Open complaint</source>
            <translation>Open complaint</translation>
        </message>
        <message>
            <source>No particular order</source>
            <translation>No particular order</translation>
        </message>
        <message>
            <source>What the customer complains about, in their words</source>
            <translation>What the customer complains about, in their words</translation>
        </message>
        <message>
            <source>&amp;Open complaint</source>
            <translation>&amp;Open complaint</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Order:</source>
            <translation>&amp;Order:</translation>
        </message>
        <message>
            <source>Com&amp;plaint:</source>
            <translation>Com&amp;plaint:</translation>
        </message>
    </context>
    <context>
        <name>parasol::ConsoleSession</name>
        <message>
            <source>Cannot create the cache folder %1.</source>
            <translation>Cannot create the cache folder %1.</translation>
        </message>
        <message>
            <source>Not logged in.</source>
            <translation>Not logged in.</translation>
        </message>
        <message>
            <source>Your password has changed since this computer&apos;s cache was locked. Enter the previous password as well to keep the cache and the changes not yet sent.</source>
            <translation>Your password has changed since this computer&apos;s cache was locked. Enter the previous password as well to keep the cache and the changes not yet sent.</translation>
        </message>
        <message>
            <source>The previous password does not open this computer&apos;s cache either.</source>
            <translation>The previous password does not open this computer&apos;s cache either.</translation>
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
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Orders (%1)</source>
            <translation>Orders (%1)</translation>
        </message>
        <message>
            <source>Tickets (%1)</source>
            <translation>Tickets (%1)</translation>
        </message>
        <message>
            <source>(this console)</source>
            <translation>(this console)</translation>
        </message>
        <message>
            <source>%1 — refused</source>
            <translation>%1 — refused</translation>
        </message>
        <message>
            <source>Refused by central: %1</source>
            <translation>Refused by central: %1</translation>
        </message>
        <message>
            <source>%1 — waiting to sync</source>
            <translation>%1 — waiting to sync</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Contacts (%1)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Price protection (%1)</source>
            <translation>Price protection (%1)</translation>
        </message>
        <message>
            <source>Complaints (%1)</source>
            <translation>Complaints (%1)</translation>
        </message>
        <message>
            <source>Show the full %1</source>
            <translation>Show the full %1</translation>
        </message>
        <message>
            <source>another customer</source>
            <translation>another customer</translation>
        </message>
        <message>
            <source>Gift recipient: service card %1 for order %2, bought by %3</source>
            <translation>Gift recipient: service card %1 for order %2, bought by %3</translation>
        </message>
        <message>
            <source>%1 (order %2)</source>
            <translation>%1 (order %2)</translation>
        </message>
    </context>
    <context>
        <name>parasol::EbillPanel</name>
        <message>
            <source>Total %1</source>
            <translation>Total %1</translation>
        </message>
        <message>
            <source>Total %1 — ▲ %2 above the standard prices</source>
            <translation>Total %1 — ▲ %2 above the standard prices</translation>
        </message>
        <message>
            <source>E-bill</source>
            <translation>E-bill</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Standard price</source>
            <translation>Standard price</translation>
        </message>
        <message>
            <source>Above standard</source>
            <translation>Above standard</translation>
        </message>
        <message>
            <source>▲ +%1 a unit, +%2 in all</source>
            <translation>▲ +%1 a unit, +%2 in all</translation>
        </message>
        <message>
            <source>✓ standard</source>
            <translation>✓ standard</translation>
        </message>
    </context>
    <context>
        <name>parasol::GrabRunner</name>
        <message>
            <source>timed out waiting for the central service</source>
            <translation>timed out waiting for the central service</translation>
        </message>
        <message>
            <source>login failed: %1</source>
            <translation>login failed: %1</translation>
        </message>
        <message>
            <source>sync failed: %1</source>
            <translation>sync failed: %1</translation>
        </message>
        <message>
            <source>no customer found for %1</source>
            <translation>no customer found for %1</translation>
        </message>
        <message>
            <source>the customer has no order %1</source>
            <translation>the customer has no order %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>cannot write %1</translation>
        </message>
        <message>
            <source>the central service cannot be reached</source>
            <translation>the central service cannot be reached</translation>
        </message>
    </context>
    <context>
        <name>parasol::IncomingCallBar</name>
        <message>
            <source>Incoming call</source>
            <translation>Incoming call</translation>
        </message>
        <message>
            <source>Open (F2)</source>
            <translation>Open (F2)</translation>
        </message>
        <message>
            <source>Wrap up (F4)</source>
            <translation>Wrap up (F4)</translation>
        </message>
        <message>
            <source>Elder care</source>
            <translation>Elder care</translation>
        </message>
        <message>
            <source>New caller</source>
            <translation>New caller</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
        <message>
            <source>Elder-care queue</source>
            <translation>Elder-care queue</translation>
        </message>
        <message>
            <source>General queue</source>
            <translation>General queue</translation>
        </message>
        <message>
            <source>Incoming call from %1</source>
            <translation>Incoming call from %1</translation>
        </message>
    </context>
    <context>
        <name>parasol::LoginDialog</name>
        <message>
            <source>Enter the central service&apos;s address, such as http://127.0.0.1:8470.</source>
            <translation>Enter the central service&apos;s address, such as http://127.0.0.1:8470.</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <source>Preparing the local cache…</source>
            <translation>Preparing the local cache…</translation>
        </message>
        <message>
            <source>Preparing the local cache: %1 of %2 records…</source>
            <translation>Preparing the local cache: %1 of %2 records…</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>The user name or the password is wrong.</translation>
        </message>
        <message>
            <source>The central service cannot be reached; trying again…</source>
            <translation>The central service cannot be reached; trying again…</translation>
        </message>
    </context>
    <context>
        <name>parasol::MainWindow</name>
        <message>
            <source>No customer found.</source>
            <translation>No customer found.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>%n customer found.</numerusform>
                <numerusform>%n customers found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at %1</source>
            <translation>Synced at %1</translation>
        </message>
        <message>
            <source>elder-care seat</source>
            <translation>elder-care seat</translation>
        </message>
        <message>
            <source>general seat</source>
            <translation>general seat</translation>
        </message>
        <message>
            <source>%1 at %2, %3</source>
            <translation>%1 at %2, %3</translation>
        </message>
        <message>
            <source>Sync stopped: %1</source>
            <translation>Sync stopped: %1</translation>
        </message>
        <message>
            <source>Working offline from the local cache; reconnecting…</source>
            <translation>Working offline from the local cache; reconnecting…</translation>
        </message>
        <message>
            <source>No customer found in the local cache, and the central service cannot be reached to look further.</source>
            <translation>No customer found in the local cache, and the central service cannot be reached to look further.</translation>
        </message>
        <message>
            <source>This customer is not in the local cache, and the central service cannot be reached: open them again when the console is back online.</source>
            <translation>This customer is not in the local cache, and the central service cannot be reached: open them again when the console is back online.</translation>
        </message>
        <message>
            <source>Not in the local cache; asking the central service…</source>
            <translation>Not in the local cache; asking the central service…</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found at the central service.</source>
            <translation>
                <numerusform>%n customer found at the central service.</numerusform>
                <numerusform>%n customers found at the central service.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fetching the customer from the central service…</source>
            <translation>Fetching the customer from the central service…</translation>
        </message>
        <message>
            <source>The customer could not be fetched from the central service: %1</source>
            <translation>The customer could not be fetched from the central service: %1</translation>
        </message>
        <message>
            <source>New caller. %1</source>
            <translation>New caller. %1</translation>
        </message>
        <message>
            <source>The caller&apos;s record could not be opened; search for them by phone or name.</source>
            <translation>The caller&apos;s record could not be opened; search for them by phone or name.</translation>
        </message>
        <message>
            <source>Wrap up the call</source>
            <translation>Wrap up the call</translation>
        </message>
    </context>
    <context>
        <name>parasol::NoteDialog</name>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>What the customer asked and what was agreed</source>
            <translation>What the customer asked and what was agreed</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
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
            <translation>Ordered through %1</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message>
            <source>SKU %1, line %2</source>
            <translation>SKU %1, line %2</translation>
        </message>
        <message>
            <source>%1 (gift)</source>
            <translation>%1 (gift)</translation>
        </message>
        <message>
            <source>Order / item</source>
            <translation>Order / item</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Service node</source>
            <translation>Service node</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Placed</translation>
        </message>
        <message>
            <source>≈ %1</source>
            <translation>≈ %1</translation>
        </message>
        <message>
            <source>%1 · until %2</source>
            <translation>%1 · until %2</translation>
        </message>
        <message>
            <source>An estimate from this console&apos;s copy of prices and claims; central decides when the claim is made.</source>
            <translation>An estimate from this console&apos;s copy of prices and claims; central decides when the claim is made.</translation>
        </message>
        <message>
            <source>Price protection (estimate)</source>
            <translation>Price protection (estimate)</translation>
        </message>
        <message>
            <source>None left</source>
            <translation>None left</translation>
        </message>
        <message>
            <source>%1 until %2</source>
            <translation>%1 until %2</translation>
        </message>
        <message>
            <source>%1 (+%2)</source>
            <translation>%1 (+%2)</translation>
        </message>
        <message>
            <source>No after-sales entitlement applies any more.</source>
            <translation>No after-sales entitlement applies any more.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>from %1 until %2</source>
            <translation>from %1 until %2</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>no end date yet</source>
            <translation>no end date yet</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <source>Entitlements</source>
            <translation>Entitlements</translation>
        </message>
    </context>
    <context>
        <name>parasol::PriceScanDialog</name>
        <message>
            <source>Dry run: every order line is checked for a price drop to pay now. Nothing is paid.</source>
            <translation>Dry run: every order line is checked for a price drop to pay now. Nothing is paid.</translation>
        </message>
        <message>
            <source>Dry run done; nothing has been paid. Pay files and pays these claims now, each drop once.</source>
            <translation>Dry run done; nothing has been paid. Pay files and pays these claims now, each drop once.</translation>
        </message>
        <message>
            <source>Dry run done: no line has a price drop to pay now.</source>
            <translation>Dry run done: no line has a price drop to pay now.</translation>
        </message>
        <message>
            <source>Paying: each line&apos;s claim for the price in effect now is filed and paid, each drop once.</source>
            <translation>Paying: each line&apos;s claim for the price in effect now is filed and paid, each drop once.</translation>
        </message>
        <message>
            <source>Paid. Each claim is on its customer&apos;s record.</source>
            <translation>Paid. Each claim is on its customer&apos;s record.</translation>
        </message>
        <message>
            <source>Nothing was paid: no drop was due any more.</source>
            <translation>Nothing was paid: no drop was due any more.</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 of %2 lines</translation>
        </message>
        <message>
            <source>The central service cannot be reached; the scan stopped after %1. Nothing is lost: what was paid stays paid. Continue goes on from there.</source>
            <translation>The central service cannot be reached; the scan stopped after %1. Nothing is lost: what was paid stays paid. Continue goes on from there.</translation>
        </message>
        <message>
            <source>Your account may not run price-protection scans.</source>
            <translation>Your account may not run price-protection scans.</translation>
        </message>
        <message>
            <source>The scan stopped after %1: %2</source>
            <translation>The scan stopped after %1: %2</translation>
        </message>
        <message>
            <source>Stopping after this page…</source>
            <translation>Stopping after this page…</translation>
        </message>
        <message>
            <source>Dry run stopped after %1.</source>
            <translation>Dry run stopped after %1.</translation>
        </message>
        <message>
            <source>Stopped after %1; the claims paid so far stay paid.</source>
            <translation>Stopped after %1; the claims paid so far stay paid.</translation>
        </message>
        <message>
            <source>Price-protection scan</source>
            <translation>Price-protection scan</translation>
        </message>
        <message>
            <source>Lines scanned:</source>
            <translation>Lines scanned:</translation>
        </message>
        <message>
            <source>Eligible lines:</source>
            <translation>Eligible lines:</translation>
        </message>
        <message>
            <source>Eligible lines (would be paid):</source>
            <translation>Eligible lines (would be paid):</translation>
        </message>
        <message>
            <source>Claims paid:</source>
            <translation>Claims paid:</translation>
        </message>
        <message>
            <source>Total paid:</source>
            <translation>Total paid:</translation>
        </message>
        <message>
            <source>Total to pay:</source>
            <translation>Total to pay:</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>&amp;Pay</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;lose</translation>
        </message>
    </context>
    <context>
        <name>parasol::SearchResultsModel</name>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>order %1</source>
            <translation>order %1</translation>
        </message>
        <message>
            <source>service card %1</source>
            <translation>service card %1</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>pinyin</source>
            <translation>pinyin</translation>
        </message>
        <message>
            <source>%1  %2
matched by %3</source>
            <translation>%1  %2
matched by %3</translation>
        </message>
        <message>
            <source>%1  %2
at the central service, not in the local cache</source>
            <translation>%1  %2
at the central service, not in the local cache</translation>
        </message>
        <message>
            <source>Opening this customer brings them into the local cache and keeps them up to date.</source>
            <translation>Opening this customer brings them into the local cache and keeps them up to date.</translation>
        </message>
    </context>
    <context>
        <name>parasol::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
    </context>
    <context>
        <name>parasol::SyncEngine</name>
        <message>
            <source>The central service expects change %1 from this console, which it no longer has.</source>
            <translation>The central service expects change %1 from this console, which it no longer has.</translation>
        </message>
    </context>
    <context>
        <name>parasol::TicketDialog</name>
        <message>
            <source>Open ticket</source>
            <translation>Open ticket</translation>
        </message>
        <message>
            <source>The fault or the request, in the customer&apos;s words</source>
            <translation>The fault or the request, in the customer&apos;s words</translation>
        </message>
        <message>
            <source>&amp;Open ticket</source>
            <translation>&amp;Open ticket</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
    </context>
    <context>
        <name>parasol::TimelineWidget</name>
        <message>
            <source>Activate an order to see its service timeline.</source>
            <translation>Activate an order to see its service timeline.</translation>
        </message>
        <message>
            <source>%1 (now)</source>
            <translation>%1 (now)</translation>
        </message>
        <message numerus="yes">
            <source>E-bill: %n line(s)</source>
            <translation>
                <numerusform>E-bill: %n line</numerusform>
                <numerusform>E-bill: %n lines</numerusform>
            </translation>
        </message>
        <message>
            <source>Service timeline</source>
            <translation>Service timeline</translation>
        </message>
        <message>
            <source>Service timeline of order %1</source>
            <translation>Service timeline of order %1</translation>
        </message>
    </context>
</TS>
