from datetime import datetime, timezone
datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc)
