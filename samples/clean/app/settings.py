"""Settings read from the environment: nothing hard-coded, nothing to report."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ.get("DB_PASSWORD"),
    }
}
STRIPE_API_KEY = os.getenv("STRIPE_API_KEY")
max_tokens = 4096
password_min_length = 12
token_url = "https://auth.example.com/oauth/token"
