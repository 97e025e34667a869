"""View → Preview record: the record as it will read, in a window of its own, kept up to date.

Rendered with Python-Markdown and sanitized (export/record_html.py) on a worker thread. The browser
fetches nothing, ever: no image, style sheet or page, local or remote; a link opens in the system
browser only when it is clicked, and only a web or mail address.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QWidget

from ...app.changes import Change, Changed
from ...app.hub import Hub
from ...app.record_files import FileFormat, review_text
from ...app.session import ReviewStore
from ...content import texts
from ...export.record_html import URL_SCHEMES, record_html
from ..common import accessible, settings
from .record_job import ReviewJob

REFRESH_MS = 600
"""After a change to the review, wait this long for more before rendering again."""
RECORD_KINDS = (
    Change.DETAILS | Change.PEOPLE | Change.TIMELINE | Change.MARKS | Change.MEETING | Change.NOTES | Change.PARKING
    | Change.ACTIONS | Change.COMMENTS
)
"""What the record is written from: a report of any of these for its review renders it again."""
DOCUMENT_MARGIN = 24
STYLE = """
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; } h3 { font-size: medium; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #8a8a8a; padding: 4px 8px; }
blockquote { margin-left: 18px; margin-right: 18px; }
"""


class RecordBrowser(QTextBrowser):
    """Shows rich text, follows no link by itself and loads no resource of any kind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self.open_link)

    def loadResource(self, kind: int, name: QUrl | str) -> None:
        """Nothing is fetched: not an image, not a style sheet, not a page, wherever it is."""
        return None

    @staticmethod
    def open_link(url: QUrl) -> bool:
        """A clicked web or mail link opens in the system's browser; anything else is ignored."""
        if url.scheme().lower() not in URL_SCHEMES:
            return False
        return QDesktopServices.openUrl(url)


class RecordPreview(QMainWindow):
    def __init__(self, windows, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows = windows
        self.review_id = review_id
        self.browser = RecordBrowser(self)
        accessible.name(self.browser, "record.browser")
        self.setCentralWidget(self.browser)
        self.job: ReviewJob | None = None
        self.stale = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.render_record)
        windows.events.reported.connect(self._reported)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setWindowTitle(texts("exporting")["preview"]["title"].format(ref=windows.store.get(review_id).incident_ref))
        self.statusBar().showMessage(texts("exporting")["preview"]["preparing"])
        settings.restore_geometry(self, "record_preview", (1000, 720))
        self.render_record()

    def _reported(self, changed: Changed) -> None:
        """A change to what the record shows, of this review (or of any, when another process cannot say)."""
        if changed.touches(RECORD_KINDS, self.review_id):
            self._refresh_timer.start()

    def render_record(self) -> None:
        """Render the record again on a worker; a change that arrives meanwhile renders once more after."""
        if self.job is not None:
            self.stale = True
            return
        self.stale = False
        review_id = self.review_id

        def rendered(store: ReviewStore, _hub: Hub) -> str:
            return record_html(review_text(store, review_id, FileFormat.MARKDOWN))

        self.job = ReviewJob(self.windows.store.path, rendered, self.windows.events.hub)
        self.job.finished.connect(self._show)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _show(self, html: str) -> None:
        self.job = None
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.statusBar().showMessage(texts("exporting")["preview"]["ready"])
        if self.stale:
            self.render_record()

    def _failed(self, message: str) -> None:
        self.job = None
        self.statusBar().showMessage(texts("exporting")["preview"]["failed"].format(error=message))

    def closeEvent(self, event) -> None:
        self._refresh_timer.stop()
        self.windows.events.reported.disconnect(self._reported)
        settings.save_geometry(self, "record_preview")
        super().closeEvent(event)
