#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace glossator {

class Settings;

// Edit > Preferences: what the settings class holds that a user sets by hand. Nothing changes
// until OK; the window follows the settings as they change.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);

    void accept() override;
    // Puts the cursor in the coder name, for "change my name" from the status bar.
    void focusCoderName();

private:
    Settings* m_settings;
    QLineEdit* m_coderName = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_textSize = nullptr;
    QComboBox* m_expandLevel = nullptr;
    QCheckBox* m_commentsFirst = nullptr;
    QComboBox* m_pageSize = nullptr;
    QCheckBox* m_reopenLast = nullptr;
    QSpinBox* m_backups = nullptr;
};

} // namespace glossator
