"""The churn model's features, as the ML.NET model builds them (ChurnFeaturizer): one-hot State and Area Code,
the two yes/no plans as 0/1, then the numeric columns of data/churn/churn.csv in file order."""
import csv
import io

import numpy as np

CATEGORICAL = ["State", "Area Code"]
PLANS = ["Int'l Plan", "VMail Plan"]
NUMERIC = [
    "Account Length", "VMail Message", "Day Mins", "Day Calls", "Day Charge", "Eve Mins", "Eve Calls",
    "Eve Charge", "Night Mins", "Night Calls", "Night Charge", "Intl Mins", "Intl Calls", "Intl Charge",
    "CustServ Calls",
]
LABEL = "Churn?"
# A request row holds the file's columns without the label, in file order (as the .NET endpoint takes it).
REQUEST_COLUMNS = [
    "State", "Account Length", "Area Code", "Int'l Plan", "VMail Plan", "VMail Message", "Day Mins", "Day Calls",
    "Day Charge", "Eve Mins", "Eve Calls", "Eve Charge", "Night Mins", "Night Calls", "Night Charge", "Intl Mins",
    "Intl Calls", "Intl Charge", "CustServ Calls",
]


class Featurizer:
    """Maps request rows to a float32 matrix; the category lists are fixed at training time."""

    def __init__(self, categories):
        self.categories = categories
        self.width = sum(len(values) for values in categories.values()) + len(PLANS) + len(NUMERIC)
        self._positions = {column: {value: i for i, value in enumerate(values)} for column, values in categories.items()}

    @staticmethod
    def fit(records):
        return Featurizer({column: sorted({r[column] for r in records}) for column in CATEGORICAL})

    def matrix(self, records):
        features = np.zeros((len(records), self.width), dtype=np.float32)
        for row, record in enumerate(records):
            offset = 0
            for column in CATEGORICAL:
                position = self._positions[column].get(record[column])
                if position is not None:  # an unseen category is all zeros, as ML.NET's one-hot encoding does
                    features[row, offset + position] = 1.0
                offset += len(self.categories[column])
            for column in PLANS:
                features[row, offset] = 1.0 if record[column].strip().lower() in ("yes", "true", "1") else 0.0
                offset += 1
            for column in NUMERIC:
                features[row, offset] = float(record[column])
                offset += 1
        return features


def request_records(csv_text):
    """Header-less request CSV (one customer per line) as dicts keyed by column name."""
    records = []
    for number, fields in enumerate(csv.reader(io.StringIO(csv_text)), start=1):
        if not fields:
            continue
        if len(fields) != len(REQUEST_COLUMNS):
            raise ValueError(f"row {number}: expected {len(REQUEST_COLUMNS)} values, got {len(fields)}")
        records.append(dict(zip(REQUEST_COLUMNS, fields)))
    return records
