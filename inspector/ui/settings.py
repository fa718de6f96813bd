"""The user's preferences, each declared once with its key, type and default (QSettings).

    from inspector.ui.settings import settings
    settings.inspector_name = "王喆"
    geometry = settings.window_geometry          # a QByteArray, empty the first time

Every read and write opens a fresh ``QSettings()``, so the values land where the application
says (``inspector.app.create_application`` points QSettings at ``$INSPECTOR_HOME`` for tests
and development). Pass a ``QSettings`` to :class:`Settings` to use another store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from .i18n import DEFAULT_LANGUAGE, LANGUAGE_KEY, LANGUAGES

T = TypeVar("T")


class Setting(Generic[T]):
    """One typed setting. Used as a class attribute of :class:`Settings`."""

    def __init__(self, key: str, kind: type[T], default: T | Callable[[], T],
                 choices: tuple[T, ...] = ()):
        self.key = key
        self.kind = kind
        self._default = default
        self.choices = choices
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def default(self) -> T:
        return self._default() if callable(self._default) else self._default

    def convert(self, raw: Any) -> T:
        """A stored value as this setting's type; the default when it cannot be read."""
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
            elif self.kind is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
            else:
                value = self.kind(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.convert(obj.qsettings().value(self.key))

    def __set__(self, obj: Settings, value: T | None) -> None:
        """Save value; None forgets the saved value, so the default applies again."""
        qsettings = obj.qsettings()
        if value is None:
            qsettings.remove(self.key)
        else:
            qsettings.setValue(self.key, value)
        qsettings.sync()


def _pictures() -> str:
    return _standard_location("PicturesLocation")


def _documents() -> str:
    return _standard_location("DocumentsLocation")


def _standard_location(name: str) -> str:
    from PySide6.QtCore import QStandardPaths  # when a default is asked for, not at start-up

    return QStandardPaths.writableLocation(getattr(QStandardPaths.StandardLocation, name))


class Settings:
    """The registry: every preference of the app, in one place."""

    # who is using this laptop
    inspector_name = Setting("inspector/name", str, "")
    inspector_id = Setting("inspector/id", str, "")
    # the interface
    language = Setting(LANGUAGE_KEY, str, DEFAULT_LANGUAGE, choices=LANGUAGES)
    # folders
    attachments_folder = Setting("folders/attachments", str, _pictures)
    export_folder = Setting("folders/export", str, _documents)
    # the main window
    window_geometry = Setting("ui/window_geometry", QByteArray, QByteArray)
    window_state = Setting("ui/window_state", QByteArray, QByteArray)
    # the home screen's filters and sort order
    home_status = Setting("home/status", str, "")
    home_family = Setting("home/family", str, "")
    home_town = Setting("home/town", str, "")
    home_sort_column = Setting("home/sort_column", int, 3)  # the visit date
    home_sort_order = Setting("home/sort_order", int, 1)  # Qt.SortOrder: 1 = newest first

    def __init__(self, qsettings: QSettings | None = None):
        self._qsettings = qsettings

    def qsettings(self) -> QSettings:
        return self._qsettings if self._qsettings is not None else QSettings()

    @classmethod
    def declared(cls) -> dict[str, Setting]:
        """Every setting by attribute name (for tests and a future "reset" button)."""
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}

    def reset(self, name: str) -> None:
        setattr(self, name, None)


settings = Settings()
