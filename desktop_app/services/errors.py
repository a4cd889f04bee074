"""Errors a user can act on, raised by services and shown by the UI or the CLI."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class for errors that carry a message meant for the user."""


class ValidationError(ServiceError):
    """Bad input for one field; the UI shows the message next to that field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ValidationErrors(ValidationError):
    """Several fields are wrong at once; a form shows every message, an importer every line."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].field, errors[0].message)
        self.errors = errors


def raise_all(errors: list[ValidationError]) -> None:
    """Raise nothing, the one error, or all of them together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow the action."""

    def __init__(self, permission: str, role: str) -> None:
        super().__init__(
            f"your role ({role.replace('_', ' ')}) may not {permission.replace('.', ' ')}"
        )
        self.permission = permission
        self.role = role


class NotFound(ServiceError):
    """The record asked for does not exist."""


class SignInError(ServiceError):
    """Wrong username or password, an inactive account, or a locked one."""
