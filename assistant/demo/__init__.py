"""Example signups that ``assistant run --demo`` drops into the inbox."""
