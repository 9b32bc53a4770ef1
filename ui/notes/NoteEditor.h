#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace glossator {

class Project;

// The note of one annotation, in several lines. What is typed is saved as the project's note
// edit (consecutive ones undo as one) after a pause in typing, when the editor loses focus, and
// before it shows another annotation; the window saves it once more as it closes.
class NoteEditor : public QWidget {
    Q_OBJECT

public:
    // How long typing pauses before the note is saved.
    static constexpr int pauseMilliseconds = 700;

    explicit NoteEditor(QWidget* parent = nullptr);
    ~NoteEditor() override;

    void setProject(Project* project);
    // Shows the annotation's note (0: none), saving what was typed for the one shown before.
    void setAnnotation(qint64 annotationId);
    qint64 annotation() const { return m_annotationId; }
    QPlainTextEdit* textEdit() const { return m_text; }
    bool hasUnsavedText() const;

public slots:
    // Saves what was typed; false when the project refused it (the text stays, to try again).
    bool saveNow();

signals:
    // Escape in the text: the user is done and wants to go back to where they were reading.
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void annotationsChanged();
    void describe();
    void setText(const QString& text);

    QPointer<Project> m_project;
    qint64 m_annotationId = 0;
    QString m_saved; // the note as the project has it, as far as this editor knows
    bool m_loading = false;
    QLabel* m_target;
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QTimer* m_pause;
};

} // namespace glossator
