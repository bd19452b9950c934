"""Django settings for the billing service (nhilint sample: every value here is fake)."""
import os

DEBUG = False
ALLOWED_HOSTS = ["billing.internal"]

SECRET_KEY = "django-insecure-nhilintSAMPLE^7qx2lw9rt4vb8zn3mc6pd1fg5hj"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "USER": "billing",
        "PASSWORD": "nhilintSAMPLE7Qx2!Lw9",
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

STRIPE_API_KEY = "sk_live_51NhilintSAMPLEk9Qw2Lx7Rt4Vb8Zn3Mc6Pd1Fg"
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
