"""In-repo fakes of external services (the Telegram Bot API)."""
