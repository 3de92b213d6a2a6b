#pragma once

class QDialog;
class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace parasol {

// The buttons of a dialog whose main field is free text (a note, a ticket, a complaint):
// `accept` is enabled while `text` holds more than blanks and accepts the dialog, Ctrl+Enter
// clicks it (Enter writes a new line in the text), Cancel and Esc reject.
class TextDialogButtons
{
public:
    static void connect(QDialog *dialog, QDialogButtonBox *buttons, QPushButton *accept, QPlainTextEdit *text);
};

} // namespace parasol
